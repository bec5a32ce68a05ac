package org.gradphoto.engine.image;

/** A file's format as its bytes say, whatever its name says. */
public enum ImageFormat {
    JPEG("JPEG"), PNG("PNG"), GIF("GIF"), BMP("BMP"), WEBP("WebP"), TIFF("TIFF"), HEIC("HEIC/HEIF"),
    AVIF("AVIF"), PDF("PDF"), UNKNOWN("unknown");

    private final String label;

    ImageFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
