package org.gradphoto.engine.face;

/**
 * The top of the person's outline at the shoulders, one face width either side of the face centre.
 *
 * @param rightY top of the subject's right shoulder (image left) in pixels, NaN when not in the picture
 * @param leftY top of the subject's left shoulder, NaN when not in the picture
 * @param rightX column where the right shoulder was measured
 * @param leftX column where the left shoulder was measured
 */
public record Shoulders(double rightY, double leftY, double rightX, double leftX) {

    public boolean bothFound() {
        return !Double.isNaN(rightY) && !Double.isNaN(leftY);
    }

    /** Height difference between the shoulders in pixels (NaN unless both found). */
    public double drop() {
        return bothFound() ? Math.abs(rightY - leftY) : Double.NaN;
    }

    public Shoulders scaled(double k) {
        return new Shoulders(rightY * k, leftY * k, rightX * k, leftX * k);
    }
}
