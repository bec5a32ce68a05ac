package org.gradphoto.engine.fix;

/**
 * Where the head goes: output = source x {@code scale} + offset. Predicted positions are in output pixels;
 * {@code margin} is the smallest distance of crown, eye line or face width to an edge of its window.
 */
public record Placement(double scale, double offsetX, double offsetY, double crownY, double eyeLineY, double faceWidth,
        double margin) {

    /** Output coordinate of a source x. */
    public double x(double sourceX) {
        return sourceX * scale + offsetX;
    }

    /** Output coordinate of a source y. */
    public double y(double sourceY) {
        return sourceY * scale + offsetY;
    }
}
