package org.gradphoto.engine.face;

import org.opencv.core.Mat;

/**
 * Measures the shoulders on the person mask: at one column each side of the face centre (a fixed fraction of
 * the face width out), the first person pixel below the chin is the top of the shoulder.
 */
public final class ShoulderLocator {

    private final double offset;
    private final double threshold;

    /**
     * @param offset distance of the measured columns from the face centre, in face widths
     * @param threshold mask probability that counts as person
     */
    public ShoulderLocator(double offset, double threshold) {
        this.offset = offset;
        this.threshold = threshold;
    }

    public Shoulders locate(Mat mask, double faceCentreX, double faceWidth, double chinY) {
        int w = mask.cols();
        int h = mask.rows();
        double rx = faceCentreX - offset * faceWidth;
        double lx = faceCentreX + offset * faceWidth;
        return new Shoulders(top(mask, rx, chinY, w, h), top(mask, lx, chinY, w, h), rx, lx);
    }

    private double top(Mat mask, double xd, double chinY, int w, int h) {
        int x = (int) Math.round(xd);
        if (x < 0 || x >= w) {
            return Double.NaN;
        }
        float[] col = new float[h];
        Mat header = mask.col(x);
        Mat c = header.clone();
        c.get(0, 0, col);
        c.release();
        header.release();
        // start below the chin so that long hair over the shoulders is not taken for them
        for (int y = Math.max(0, (int) chinY); y < h; y++) {
            if (col[y] >= threshold) {
                return y;
            }
        }
        return Double.NaN;
    }
}
