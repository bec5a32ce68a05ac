package org.gradphoto.engine.face;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Corrects a known habit of the person-segmentation model: below a bust that ends inside the picture it keeps
 * painting "person" over the plain background, as if the body went on. Pixels that are both flat (no texture) and
 * of the background's own colour are background whatever the model says. Real clothes and hair are never both.
 * Works in 8-bit Lab and 8-bit morphology: it runs on every photo.
 */
final class FlatBackgroundCleaner {

    private final double maxDeltaE;
    private final double maxGradient;

    /**
     * @param maxDeltaE largest colour difference from the background's mean colour, per Lab axis (ΔE units)
     * @param maxGradient largest grey-level range in a 5 x 5 neighbourhood
     */
    FlatBackgroundCleaner(double maxDeltaE, double maxGradient) {
        this.maxDeltaE = maxDeltaE;
        this.maxGradient = maxGradient;
    }

    /**
     * Sets the mask to 0 where the picture is flat background colour, then everywhere outside the largest
     * connected piece of person: what the flat background left of a hallucinated body (a stamped date, a speck)
     * is no person either.
     */
    void clean(Mat bgr, Mat mask) {
        clearFlat(bgr, mask);
        keepLargestPiece(mask);
    }

    private static void keepLargestPiece(Mat mask) {
        try (org.gradphoto.engine.image.MatScope m = new org.gradphoto.engine.image.MatScope()) {
            Mat person = m.mat();
            Core.compare(mask, new Scalar(0.5), person, Core.CMP_GE);
            Mat labels = m.mat();
            Mat stats = m.mat();
            Mat centroids = m.mat();
            int n = Imgproc.connectedComponentsWithStats(person, labels, stats, centroids, 8);
            if (n <= 2) {
                return;
            }
            int largest = 1;
            for (int i = 2; i < n; i++) {
                if (stats.get(i, Imgproc.CC_STAT_AREA)[0] > stats.get(largest, Imgproc.CC_STAT_AREA)[0]) {
                    largest = i;
                }
            }
            Mat other = m.mat();
            Core.compare(labels, new Scalar(largest), other, Core.CMP_NE);
            Core.bitwise_and(other, person, other);
            mask.setTo(Scalar.all(0), other);
        }
    }

    private void clearFlat(Mat bgr, Mat mask) {
        Mat sure = new Mat();
        Core.compare(mask, new Scalar(0.1), sure, Core.CMP_LT);
        if (Core.countNonZero(sure) < 0.01 * mask.total()) {
            sure.release();
            return;
        }
        Mat lab = new Mat();
        Imgproc.cvtColor(bgr, lab, Imgproc.COLOR_BGR2Lab);
        Scalar mean = Core.mean(lab, sure);
        // 8-bit Lab stores L x 255/100 and a, b + 128: a tolerance of d ΔE is 2.55 d levels of L, d of a and b
        double l = maxDeltaE * 2.55;
        Mat near = new Mat();
        Core.inRange(lab, new Scalar(mean.val[0] - l, mean.val[1] - maxDeltaE, mean.val[2] - maxDeltaE),
                new Scalar(mean.val[0] + l, mean.val[1] + maxDeltaE, mean.val[2] + maxDeltaE), near);
        Mat grey = new Mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        Mat gradient = new Mat();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(5, 5));
        Imgproc.morphologyEx(grey, gradient, Imgproc.MORPH_GRADIENT, kernel);
        Mat flat = new Mat();
        Core.compare(gradient, new Scalar(maxGradient), flat, Core.CMP_LE);
        Core.bitwise_and(near, flat, flat);
        mask.setTo(Scalar.all(0), flat);
        for (Mat m : new Mat[] {sure, lab, near, grey, gradient, kernel, flat}) {
            m.release();
        }
    }

}
