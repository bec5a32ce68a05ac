package org.gradphoto.engine.rules;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;

/**
 * Colour statistics of one region of a float Lab image.
 *
 * @param pixels number of pixels in the region
 * @param mean mean colour
 * @param stdL standard deviation of lightness
 * @param stdChroma standard deviation of a* and b* combined
 */
public record RegionStats(int pixels, LabColour mean, double stdL, double stdChroma) {

    public static final RegionStats EMPTY = new RegionStats(0, new LabColour(0, 0, 0), 0, 0);

    /**
     * Statistics of {@code lab} where {@code mask} is non-zero. Only the mask's bounding box is visited: regions of
     * a face are small, the picture is not.
     */
    public static RegionStats of(Mat lab, Mat mask) {
        if (mask != null) {
            org.opencv.core.Rect r = org.opencv.imgproc.Imgproc.boundingRect(mask);
            if (r.area() == 0) {
                return EMPTY;
            }
            if (r.area() < mask.total()) {
                Mat l = lab.submat(r);
                Mat k = mask.submat(r);
                try {
                    return of(l, k);
                } finally {
                    l.release();
                    k.release();
                }
            }
        }
        int n = mask == null ? (int) lab.total() : Core.countNonZero(mask);
        if (n == 0) {
            return EMPTY;
        }
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        if (mask == null) {
            Core.meanStdDev(lab, mean, std);
        } else {
            Core.meanStdDev(lab, mean, std, mask);
        }
        double[] m = mean.toArray();
        double[] s = std.toArray();
        mean.release();
        std.release();
        return new RegionStats(n, new LabColour(m[0], m[1], m[2]), s[0], Math.hypot(s[1], s[2]));
    }
}
