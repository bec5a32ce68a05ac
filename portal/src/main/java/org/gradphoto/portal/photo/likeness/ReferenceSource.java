package org.gradphoto.portal.photo.likeness;

/** Where a reference photo comes from. */
public enum ReferenceSource {
    /** The photo taken at admission, as on chsi (seed 004: 和学信网的录取照片保持一致). */
    ADMISSION("录取照片", "admission photo"),
    /** The photo of the resident identity card. */
    ID_CARD("身份证照片", "ID-card photo");

    private final String zh;
    private final String en;

    ReferenceSource(String zh, String en) {
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
