package org.gradphoto.batch;

/** What became of one photo of a batch. */
public enum PhotoStatus {
    REJECTED("已拒绝", "rejected", 0),
    UNREADABLE("无法读取", "unreadable", 1),
    REFUSED("无法修正", "cannot be fixed", 2),
    FAILED("不合格", "failed", 3),
    WARNINGS("合格（有提示）", "passed with warnings", 5),
    FIXED("已修正", "fixed", 4),
    PASSED("合格", "passed", 6);

    private final String zh;
    private final String en;
    private final int rank;

    PhotoStatus(String zh, String en, int rank) {
        this.zh = zh;
        this.en = en;
        this.rank = rank;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Worst first: 0 is the worst. */
    public int rank() {
        return rank;
    }

    /** A photo that may go to the export (when its name is a valid, unique ID number). */
    public boolean exportable() {
        return this == PASSED || this == WARNINGS || this == FIXED;
    }
}
