package org.gradphoto.engine.inspection;

/**
 * The overall verdict on a photo. PASS: every rule passed or could not apply; WARNINGS: only WARNING rules failed
 * (a person should look); FAIL: an ERROR rule failed; UNREADABLE: the file could not be read as a picture.
 */
public enum Verdict {
    PASS("合格", "pass"), WARNINGS("合格（有提示）", "pass with warnings"), FAIL("不合格", "fail"),
    UNREADABLE("无法读取", "unreadable");

    private final String zh;
    private final String en;

    Verdict(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
