package org.gradphoto.engine.fix;

/**
 * Where the head goes: output = source x {@code scale} + offset. Predicted positions are in output pixels;
 * {@code margin} is the smallest distance of crown, eye line or face width to an edge of its window;
 * {@code sourceBottom} is the output row just below the source's last row (the frame is covered down to there);
 * {@code sourceWidth} is the source's width in its own pixels.
 */
public record Placement(double scale, double offsetX, double offsetY, double crownY, double eyeLineY, double faceWidth,
        double margin, double sourceBottom, double sourceWidth) {

    /** Output coordinate of a source x. */
    public double x(double sourceX) {
        return sourceX * scale + offsetX;
    }

    /** Output coordinate of a source y. */
    public double y(double sourceY) {
        return sourceY * scale + offsetY;
    }

    /** Rows of a frame {@code height} high below the source: they hold no source pixel. */
    public int rowsBelowSource(int height) {
        return (int) Math.max(0, Math.ceil(height - sourceBottom));
    }

    /** The same placement on a source of another resolution ({@code k} of its pixels per pixel of this one). */
    public Placement onSourceScaled(double k) {
        return new Placement(scale * k, offsetX, offsetY, crownY, eyeLineY, faceWidth, margin, sourceBottom, sourceWidth / k);
    }
}
