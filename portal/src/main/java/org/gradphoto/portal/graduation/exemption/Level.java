package org.gradphoto.portal.graduation.exemption;

/** Levels of study: of a prior education, and (专科, 本科) of a self-study major. */
public enum Level {
    /** 本科肄业: studied at a 本科 without graduating. */
    BENKE_DROPOUT("本科肄业", "undergraduate without degree", 0),
    ZHUANKE("专科", "junior college (zhuanke)", 1),
    BENKE("本科", "undergraduate (benke)", 2),
    POSTGRADUATE("研究生", "postgraduate", 3);

    private final String zh;
    private final String en;
    private final int rank;

    Level(String zh, String en, int rank) {
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

    /** A graduate of this level is at least a graduate of the other (a dropout is no graduate at all). */
    public boolean atLeast(Level other) {
        return this != BENKE_DROPOUT && rank >= other.rank;
    }
}
