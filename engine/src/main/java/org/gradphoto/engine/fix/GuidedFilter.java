package org.gradphoto.engine.fix;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * He, Sun and Tang's guided filter with a grey guide: smooths a mask while making its edges follow the edges of
 * the picture, so that a coarse person mask snaps to the real outline of hair and shoulders. OpenCV has it only in
 * its contrib modules, which the bundled build lacks; it is a handful of box filters.
 */
public final class GuidedFilter {

    private final List<Mat> temps = new ArrayList<>();
    private final Size k;

    private GuidedFilter(int radius) {
        this.k = new Size(2 * radius + 1, 2 * radius + 1);
    }

    /**
     * @param guide 8-bit BGR picture
     * @param mask CV_32F mask in 0..1, the same size
     * @param radius window radius in pixels
     * @param eps regularisation (larger = smoother)
     * @return the refined mask, CV_32F, clipped to 0..1
     */
    public static Mat filter(Mat guide, Mat mask, int radius, double eps) {
        GuidedFilter f = new GuidedFilter(radius);
        try {
            return f.run(guide, mask, eps);
        } finally {
            f.temps.forEach(Mat::release);
        }
    }

    private Mat run(Mat guide, Mat p, double eps) {
        Mat g = keep(new Mat());
        Imgproc.cvtColor(guide, g, Imgproc.COLOR_BGR2GRAY);
        Mat i = keep(new Mat());
        g.convertTo(i, CvType.CV_32F, 1 / 255.0);
        Mat meanI = box(i);
        Mat meanP = box(p);
        Mat varI = sub(box(mul(i, i)), mul(meanI, meanI));
        Mat covIp = sub(box(mul(i, p)), mul(meanI, meanP));
        Mat denom = keep(new Mat());
        Core.add(varI, new Scalar(eps), denom);
        Mat a = keep(new Mat());
        Core.divide(covIp, denom, a);
        Mat b = sub(meanP, mul(a, meanI));
        Mat out = new Mat();
        Core.add(mul(box(a), i), box(b), out);
        Imgproc.threshold(out, out, 1, 1, Imgproc.THRESH_TRUNC);
        Imgproc.threshold(out, out, 0, 0, Imgproc.THRESH_TOZERO);
        return out;
    }

    private Mat keep(Mat m) {
        temps.add(m);
        return m;
    }

    private Mat box(Mat m) {
        Mat out = keep(new Mat());
        Imgproc.boxFilter(m, out, CvType.CV_32F, k);
        return out;
    }

    private Mat mul(Mat a, Mat b) {
        Mat out = keep(new Mat());
        Core.multiply(a, b, out);
        return out;
    }

    private Mat sub(Mat a, Mat b) {
        Mat out = keep(new Mat());
        Core.subtract(a, b, out);
        return out;
    }
}
