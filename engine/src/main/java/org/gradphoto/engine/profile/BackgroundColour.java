package org.gradphoto.engine.profile;

/** A background colour a profile allows, with its reference RGB value and names. */
public record BackgroundColour(String id, String nameZh, String nameEn, int r, int g, int b) {

    public BackgroundColour {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a background colour needs an id");
        }
        for (int c : new int[] {r, g, b}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("RGB values run from 0 to 255");
            }
        }
    }
}
