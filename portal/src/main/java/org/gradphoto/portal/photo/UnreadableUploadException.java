package org.gradphoto.portal.photo;

/** The uploaded file is not a picture the standard can accept at all; nothing was stored, the old photo stays. */
public class UnreadableUploadException extends RuntimeException {

    private final String zh;
    private final String en;

    public UnreadableUploadException(String zh, String en) {
        super(en);
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String message(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
