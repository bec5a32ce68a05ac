package org.gradphoto.batch.source;

/** A zip entry (or whole zip) refused for safety, with the reason in Chinese and English. */
public record Rejection(String source, Reason reason, String detail) {

    /** Why an entry was refused. */
    public enum Reason {
        TRAVERSAL("路径包含“..”，试图写到目录之外，已拒绝。", "The path contains \"..\" and tries to leave its folder; refused."),
        ABSOLUTE_PATH("绝对路径，已拒绝。", "An absolute path; refused."),
        LINK("符号链接，已拒绝。", "A symbolic link; refused."),
        TOO_MANY_ENTRIES("压缩包内文件数超过上限，其余文件未读取。", "Too many entries in the zip; the rest were not read."),
        ENTRY_TOO_LARGE("解压后文件超过大小上限。", "The entry inflates beyond the size limit."),
        TOTAL_TOO_LARGE("压缩包解压后总大小超过上限，其余文件未读取。", "The zip inflates beyond the total limit; the rest were not read."),
        BOMB("压缩比异常（疑似压缩炸弹），已拒绝。", "Suspicious compression ratio (a zip bomb); refused."),
        DAMAGED("压缩包或其中文件已损坏，无法读取。", "The zip or this entry is damaged and cannot be read.");

        private final String zh;
        private final String en;

        Reason(String zh, String en) {
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
}
