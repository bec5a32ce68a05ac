package org.gradphoto.engine.face;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A square region of the image, centred at {@code centre}, {@code side} pixels wide, turned by {@code angle}
 * radians (so that a tilted face comes out level), sampled into an {@code out x out} patch. Points map both ways.
 */
record RotatedCrop(Point centre, double side, double angle, int out) {

    /** The patch, sampled bilinearly; pixels outside the image are black, as the models were trained. */
    Mat sample(Mat bgr) {
        Mat m = toImageMatrix();
        Mat patch = new Mat();
        Imgproc.warpAffine(bgr, patch, m, new Size(out, out), Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP,
                org.opencv.core.Core.BORDER_CONSTANT, Scalar.all(0));
        m.release();
        return patch;
    }

    /** Patch coordinates (0..out) to image coordinates. */
    Point toImage(double u, double v) {
        double k = side / out;
        double dx = (u - out / 2.0) * k;
        double dy = (v - out / 2.0) * k;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new Point(centre.x + c * dx - s * dy, centre.y + s * dx + c * dy);
    }

    /** Image pixels per patch pixel. */
    double scale() {
        return side / out;
    }

    private Mat toImageMatrix() {
        double k = side / out;
        double c = Math.cos(angle) * k;
        double s = Math.sin(angle) * k;
        Mat m = new Mat(2, 3, CvType.CV_64F);
        double tx = centre.x - c * out / 2.0 + s * out / 2.0;
        double ty = centre.y - s * out / 2.0 - c * out / 2.0;
        m.put(0, 0, c, -s, tx, s, c, ty);
        return m;
    }
}
