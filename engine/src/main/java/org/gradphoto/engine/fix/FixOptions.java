package org.gradphoto.engine.fix;

import org.gradphoto.engine.profile.BackgroundColour;
import org.gradphoto.engine.profile.Profile;

/**
 * How to fix a photo.
 *
 * @param background {@code keep}, {@code auto} (keep when the background already passes, else the profile's first
 *     colour) or the id of one of the profile's background colours ({@code white}, {@code blue})
 * @param faceWidth the face width to aim for in output pixels (inside the profile's window), or null for the
 *     placement with the most margin everywhere; some offices prefer larger or smaller heads
 */
public record FixOptions(String background, Double faceWidth) {

    public static final String KEEP = "keep";
    public static final String AUTO = "auto";

    public FixOptions {
        if (background == null || background.isBlank()) {
            background = AUTO;
        }
        if (faceWidth != null && (faceWidth <= 0 || faceWidth.isNaN())) {
            throw new IllegalArgumentException("face width must be positive");
        }
    }

    /** Refuses, before any photo is touched, a background colour the profile does not allow. */
    public void requireAllowedBy(Profile profile) {
        if (!KEEP.equals(background) && !AUTO.equals(background) && profile.background(background).isEmpty()) {
            String allowed = String.join(", ", profile.backgrounds().stream().map(BackgroundColour::id).toList());
            throw new IllegalArgumentException("规范 " + profile.id() + " 不允许背景 " + background + "（可选：" + allowed
                    + "、keep、auto）/ profile " + profile.id() + " does not allow background " + background
                    + " (allowed: " + allowed + ", keep, auto)");
        }
    }

    public static FixOptions auto() {
        return new FixOptions(AUTO, null);
    }

    public static FixOptions background(String colourId) {
        return new FixOptions(colourId, null);
    }

    public FixOptions withFaceWidth(double width) {
        return new FixOptions(background, width);
    }
}
