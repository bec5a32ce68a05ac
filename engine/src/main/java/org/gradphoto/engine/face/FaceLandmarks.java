package org.gradphoto.engine.face;

import org.opencv.core.Point;

/**
 * MediaPipe's 468-point face mesh in image pixels; z is depth in the same pixel scale (smaller = nearer the
 * camera). Index names below follow the subject: "right" is the subject's right, on the image's left.
 */
public final class FaceLandmarks {

    public static final int NOSE_TIP = 1;
    public static final int FOREHEAD = 10;
    public static final int CHIN = 152;
    public static final int CHEEK_RIGHT = 234;
    public static final int CHEEK_LEFT = 454;
    public static final int LIP_UPPER_INNER = 13;
    public static final int LIP_LOWER_INNER = 14;
    public static final int MOUTH_CORNER_RIGHT = 61;
    public static final int MOUTH_CORNER_LEFT = 291;
    public static final int EYE_RIGHT_OUTER = 33;
    public static final int EYE_RIGHT_INNER = 133;
    public static final int EYE_LEFT_OUTER = 263;
    public static final int EYE_LEFT_INNER = 362;
    public static final int EYE_RIGHT_UPPER = 159;
    public static final int EYE_RIGHT_LOWER = 145;
    public static final int EYE_LEFT_UPPER = 386;
    public static final int EYE_LEFT_LOWER = 374;

    /** The contour of the subject's right eye (16 points along both lids). */
    public static final int[] EYE_RIGHT = {33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246};
    /** The contour of the subject's left eye. */
    public static final int[] EYE_LEFT = {263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466};
    /** Upper edge of the subject's right eyebrow, outer to inner. */
    public static final int[] BROW_RIGHT = {70, 63, 105, 66, 107};
    /** Upper edge of the subject's left eyebrow, outer to inner. */
    public static final int[] BROW_LEFT = {300, 293, 334, 296, 336};
    /** The face oval, clockwise from the forehead. */
    public static final int[] FACE_OVAL = {10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379,
        378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109};

    private final double[] x;
    private final double[] y;
    private final double[] z;

    public FaceLandmarks(double[] x, double[] y, double[] z) {
        if (x.length != 468 || y.length != 468 || z.length != 468) {
            throw new IllegalArgumentException("a face mesh has 468 points");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.z = z.clone();
    }

    public Point point(int i) {
        return new Point(x[i], y[i]);
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double z(int i) {
        return z[i];
    }

    public Point mean(int[] idx) {
        double sx = 0;
        double sy = 0;
        for (int i : idx) {
            sx += x[i];
            sy += y[i];
        }
        return new Point(sx / idx.length, sy / idx.length);
    }

    public double distance(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    /** Centre of the subject's right eye (mean of its contour): on the image's left. */
    public Point rightEyeCentre() {
        return mean(EYE_RIGHT);
    }

    public Point leftEyeCentre() {
        return mean(EYE_LEFT);
    }

    public double minX() {
        return java.util.Arrays.stream(x).min().orElse(0);
    }

    public double maxX() {
        return java.util.Arrays.stream(x).max().orElse(0);
    }

    public double minY() {
        return java.util.Arrays.stream(y).min().orElse(0);
    }

    public double maxY() {
        return java.util.Arrays.stream(y).max().orElse(0);
    }

    /** A copy scaled by {@code k} (for moving between working and original pixel sizes). */
    public FaceLandmarks scaled(double k) {
        double[] sx = new double[468];
        double[] sy = new double[468];
        double[] sz = new double[468];
        for (int i = 0; i < 468; i++) {
            sx[i] = x[i] * k;
            sy[i] = y[i] * k;
            sz[i] = z[i] * k;
        }
        return new FaceLandmarks(sx, sy, sz);
    }
}
