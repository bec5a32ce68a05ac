package org.gradphoto.engine.face;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Corrects a known habit of the person-segmentation model: below a bust that ends inside the picture it keeps
 * painting "person" over the plain background, as if the body went on. Pixels that are both flat (no texture) and
 * of the background's own colour are background whatever the model says. Real clothes and hair are never both.
 */
final class FlatBackgroundCleaner {

    private final double maxDeltaE;
    private final double maxStd;

    /**
     * @param maxDeltaE largest colour difference (ΔE, approximately) from the background's mean colour
     * @param maxStd largest standard deviation of grey levels in a 5 x 5 neighbourhood
     */
    FlatBackgroundCleaner(double maxDeltaE, double maxStd) {
        this.maxDeltaE = maxDeltaE;
        this.maxStd = maxStd;
    }

    /** Sets the mask to 0 where the picture is flat background colour. */
    void clean(Mat bgr, Mat mask) {
        List<Mat> t = new ArrayList<>();
        Mat sure = keep(t, new Mat());
        Imgproc.threshold(mask, sure, 0.1, 255, Imgproc.THRESH_BINARY_INV);
        Mat sure8 = keep(t, new Mat());
        sure.convertTo(sure8, CvType.CV_8U);
        if (Core.countNonZero(sure8) < 0.01 * mask.total()) {
            t.forEach(Mat::release);
            return;
        }
        Mat lab = keep(t, new Mat());
        Imgproc.cvtColor(bgr, lab, Imgproc.COLOR_BGR2Lab);
        Mat labF = keep(t, new Mat());
        // 8-bit Lab stores L x 255/100: bring L back to its own scale so that distances are ΔE
        lab.convertTo(labF, CvType.CV_32FC3);
        Core.multiply(labF, new Scalar(100.0 / 255, 1, 1), labF);
        Scalar mean = Core.mean(labF, sure8);
        Mat diff = keep(t, new Mat());
        Core.subtract(labF, mean, diff);
        Core.multiply(diff, diff, diff);
        Mat dist = keep(t, new Mat());
        Imgproc.cvtColor(diff, dist, Imgproc.COLOR_BGR2GRAY);
        // cvtColor to grey weights the channels; use the plain sum instead
        List<Mat> ch = new ArrayList<>();
        Core.split(diff, ch);
        Core.add(ch.get(0), ch.get(1), dist);
        Core.add(dist, ch.get(2), dist);
        ch.forEach(Mat::release);
        Mat near = keep(t, new Mat());
        Core.compare(dist, new Scalar(maxDeltaE * maxDeltaE), near, Core.CMP_LE);

        Mat grey = keep(t, new Mat());
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        Mat g = keep(t, new Mat());
        grey.convertTo(g, CvType.CV_32F);
        Mat m = keep(t, new Mat());
        Imgproc.blur(g, m, new Size(5, 5));
        Mat g2 = keep(t, new Mat());
        Core.multiply(g, g, g2);
        Mat m2 = keep(t, new Mat());
        Imgproc.blur(g2, m2, new Size(5, 5));
        Mat var = keep(t, new Mat());
        Core.multiply(m, m, m);
        Core.subtract(m2, m, var);
        Mat flat = keep(t, new Mat());
        Core.compare(var, new Scalar(maxStd * maxStd), flat, Core.CMP_LE);

        Mat both = keep(t, new Mat());
        Core.bitwise_and(near, flat, both);
        mask.setTo(Scalar.all(0), both);
        t.forEach(Mat::release);
    }

    private static Mat keep(List<Mat> t, Mat m) {
        t.add(m);
        return m;
    }
}
