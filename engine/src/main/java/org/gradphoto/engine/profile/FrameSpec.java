package org.gradphoto.engine.profile;

/**
 * The picture a profile asks for, typed: size, the crown, eye-line and face-width windows, resolution, quality
 * and file size, and how the fixer may frame a photo into it. One place where these numbers are read from the
 * profile, for the rules, the fixer and the annotator alike.
 */
public record FrameSpec(int width, int height, Window crown, Window eyes, Window faceWidth, int dpi, int minQuality,
        long minBytes, long maxBytes, FixSettings fix) {

    /** The frame of {@code p}: from its FILE_*, GEOM_* rule blocks and its {@code fix:} block. */
    public static FrameSpec of(Profile p) {
        RuleParams dims = p.params("FILE_DIMENSIONS");
        return new FrameSpec(dims.integer("width"), dims.integer("height"), window(p.params("GEOM_CROWN")),
                window(p.params("GEOM_EYES")), window(p.params("GEOM_FACE_WIDTH")),
                (int) Math.round(p.params("FILE_DPI").number("dpi")),
                (int) Math.ceil(p.params("FILE_QUALITY").number("min")),
                Math.round(p.params("FILE_SIZE").number("minKb") * 1024),
                Math.round(p.params("FILE_SIZE").number("maxKb") * 1024), p.fix());
    }

    private static Window window(RuleParams r) {
        return new Window(r.number("min"), r.number("max"));
    }
}
