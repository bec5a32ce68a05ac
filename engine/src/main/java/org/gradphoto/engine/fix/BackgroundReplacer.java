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
 * Puts the person on a new plain background. The mask's soft edge is narrowed (a smooth step between two
 * opacities) so that the old background cannot shine through a wide fuzzy band. Inside the remaining edge (hair,
 * soft outlines) the old background's colour is taken out of each pixel ("colour decontamination", with the old
 * background estimated locally from nearby background pixels); where the pixel is mostly background that estimate
 * is unstable, so the colour of the nearby person is used instead. A dark or coloured old background so leaves no
 * halo round the hair, and shadows on it go with it.
 */
public final class BackgroundReplacer {

    private static final double OPAQUE = 0.98;
    private static final double CLEAR = 0.02;
    /** The mask's opacities that become fully clear and fully opaque. */
    private static final double EDGE_LOW = 0.2;
    private static final double EDGE_HIGH = 0.8;

    private BackgroundReplacer() {
    }

    /**
     * @param image 8-bit BGR picture
     * @param mask CV_32F person probability 0..1, the same size
     * @param colour the new background, BGR
     * @return a new 8-bit BGR picture
     */
    public static Mat replace(Mat image, Mat mask, Scalar colour) {
        List<Mat> temps = new ArrayList<>();
        Mat i = track(temps, new Mat());
        image.convertTo(i, CvType.CV_32FC3);
        int r = Math.max(9, (image.cols() / 24) | 1);
        Size k = new Size(r, r);
        float[] a = new float[(int) mask.total()];
        mask.get(0, 0, a);
        for (int p = 0; p < a.length; p++) {
            double t = Math.max(0, Math.min(1, (a[p] - EDGE_LOW) / (EDGE_HIGH - EDGE_LOW)));
            a[p] = (float) (t * t * (3 - 2 * t));
        }
        Mat alpha = track(temps, new Mat(mask.size(), CvType.CV_32F));
        alpha.put(0, 0, a);
        Mat oldBg = track(temps, localMean(i, alpha, k, true));
        Mat person = track(temps, localMean(i, alpha, k, false));

        float[] px = new float[(int) i.total() * 3];
        i.get(0, 0, px);
        float[] bg = new float[px.length];
        oldBg.get(0, 0, bg);
        float[] fg = new float[px.length];
        person.get(0, 0, fg);
        float[] c = {(float) colour.val[0], (float) colour.val[1], (float) colour.val[2]};
        byte[] out = new byte[px.length];
        for (int p = 0; p < a.length; p++) {
            double al = a[p];
            // trust the decontaminated colour only where the pixel is mostly person
            double trust = Math.max(0, Math.min(1, (al - 0.3) / 0.4));
            for (int ch = 0; ch < 3; ch++) {
                int at = 3 * p + ch;
                double v;
                if (al >= OPAQUE) {
                    v = px[at];
                } else if (al <= CLEAR) {
                    v = c[ch];
                } else {
                    double dec = Math.max(0, Math.min(255, (px[at] - (1 - al) * bg[at]) / al));
                    double f = trust * dec + (1 - trust) * fg[at];
                    v = al * f + (1 - al) * c[ch];
                }
                out[at] = (byte) Math.round(Math.max(0, Math.min(255, v)));
            }
        }
        Mat result = new Mat(image.size(), CvType.CV_8UC3);
        result.put(0, 0, out);
        temps.forEach(Mat::release);
        return result;
    }

    /**
     * Local mean colour of the surely-background pixels (alpha near 0) or surely-person pixels (alpha near 1), by
     * normalised convolution; where there are none nearby, the global mean of such pixels.
     */
    private static Mat localMean(Mat image, Mat alpha, Size k, boolean background) {
        Mat w = new Mat();
        if (background) {
            Imgproc.threshold(alpha, w, 0.05, 1, Imgproc.THRESH_BINARY_INV);
        } else {
            Imgproc.threshold(alpha, w, 0.95, 1, Imgproc.THRESH_BINARY);
        }
        Mat w3 = new Mat();
        Core.merge(List.of(w, w, w), w3);
        Mat iw = new Mat();
        Core.multiply(image, w3, iw);
        Mat num = new Mat();
        Imgproc.blur(iw, num, k);
        Mat den = new Mat();
        Imgproc.blur(w3, den, k);
        Scalar global = Core.sumElems(iw);
        double n = Math.max(1, Core.sumElems(w).val[0]);
        Mat fallback = new Mat(image.size(), CvType.CV_32FC3,
                new Scalar(global.val[0] / n, global.val[1] / n, global.val[2] / n));
        Mat none = new Mat();
        Core.compare(den, Scalar.all(1e-3), none, Core.CMP_LT);
        Core.max(den, Scalar.all(1e-3), den);
        Mat out = new Mat();
        Core.divide(num, den, out);
        Mat none1 = new Mat();
        Imgproc.cvtColor(none, none1, Imgproc.COLOR_BGR2GRAY);
        fallback.copyTo(out, none1);
        for (Mat m : new Mat[] {w, w3, iw, num, den, fallback, none, none1}) {
            m.release();
        }
        return out;
    }

    private static Mat track(List<Mat> temps, Mat m) {
        temps.add(m);
        return m;
    }
}
