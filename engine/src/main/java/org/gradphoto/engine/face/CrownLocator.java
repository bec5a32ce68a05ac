package org.gradphoto.engine.face;

import org.opencv.core.Mat;

/**
 * Finds the top of the head, hair included, from the person mask: the face mesh stops at the hairline (its point
 * 10), so from there each column over the middle of the head is followed upwards while the mask says "person";
 * the highest such row is the crown. Following from the forehead ignores unrelated blobs higher up.
 */
public final class CrownLocator {

    /** The crown row, and whether the hair runs into the top edge (then the true crown is unknown). */
    public record Crown(double y, boolean atTopEdge) {
    }

    private final double bandHalfWidth;
    private final double threshold;

    /**
     * @param bandHalfWidth half-width of the searched band as a fraction of the face width
     * @param threshold mask probability that counts as person
     */
    public CrownLocator(double bandHalfWidth, double threshold) {
        this.bandHalfWidth = bandHalfWidth;
        this.threshold = threshold;
    }

    public Crown locate(Mat mask, FaceLandmarks lm, double faceCentreX, double faceWidth) {
        int w = mask.cols();
        int h = mask.rows();
        float[] data = new float[w * h];
        mask.get(0, 0, data);
        int x0 = clamp((int) Math.round(faceCentreX - bandHalfWidth * faceWidth), 0, w - 1);
        int x1 = clamp((int) Math.round(faceCentreX + bandHalfWidth * faceWidth), 0, w - 1);
        int start = clamp((int) Math.round(lm.y(FaceLandmarks.FOREHEAD)), 0, h - 1);
        double best = start;
        boolean edge = false;
        for (int x = x0; x <= x1; x++) {
            int y = start;
            if (data[y * w + x] < threshold) {
                continue;
            }
            while (y > 0 && data[(y - 1) * w + x] >= threshold) {
                y--;
            }
            if (y == 0) {
                edge = true;
            }
            // sub-pixel: where the mask crosses the threshold between rows y-1 and y
            double top = y;
            if (y > 0) {
                float above = data[(y - 1) * w + x];
                float here = data[y * w + x];
                top = y - (here - threshold) / Math.max(1e-6, here - above);
            }
            best = Math.min(best, top);
        }
        return new Crown(Math.max(0, best), edge);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
