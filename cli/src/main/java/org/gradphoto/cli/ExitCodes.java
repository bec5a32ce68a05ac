package org.gradphoto.cli;

import org.gradphoto.engine.profile.InvalidProfileException;

/** The exit codes of every command: 0 all passed, 1 some rule failed, 2 something could not be read or done. */
public final class ExitCodes {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int UNREADABLE = 2;

    private ExitCodes() {
    }

    /** One line for a person, in Chinese and English, for an error that stopped a command. */
    static String describe(Throwable e) {
        if (e instanceof InvalidProfileException) {
            return "规范文件有误 / invalid profile: " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "找不到文件 / no such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "没有读取权限 / permission denied: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "内存不足 / out of memory; give Java more memory with -Xmx";
        }
        String m = e.getMessage();
        return "出错了 / failed: " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
