package org.gradphoto.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.face.FaceLandmarks;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Masks (CV_8U, 255 inside) of parts of the face, drawn from the mesh in working pixels. */
public final class FaceRegions {

    /** Outer lip contour. */
    static final int[] LIPS = {61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39, 40, 185};
    /** Mesh points at the middle of the cheeks (under the cheekbones) and of the forehead. */
    static final int CHEEK_RIGHT_CENTRE = 50;
    static final int CHEEK_LEFT_CENTRE = 280;
    static final int FOREHEAD_CENTRE = 151;

    private final FaceFacts face;
    private final int width;
    private final int height;
    private final List<Mat> made = new ArrayList<>();
    private Mat oval;

    FaceRegions(FaceFacts face, int width, int height) {
        this.face = face;
        this.width = width;
        this.height = height;
    }

    /** The whole face inside the mesh's outline. */
    public Mat oval() {
        if (oval == null) {
            oval = polygon(FaceLandmarks.FACE_OVAL);
        }
        return oval;
    }

    /** The face oval on one side of the nose line (true = the image's left half of the face). */
    public Mat half(boolean imageLeft) {
        Mat m = oval().clone();
        made.add(m);
        FaceLandmarks lm = face.landmarks();
        double cx = (lm.x(FaceLandmarks.FOREHEAD) + lm.x(FaceLandmarks.CHIN)) / 2;
        int x = (int) Math.round(Math.max(0, Math.min(width, cx)));
        if (imageLeft) {
            Imgproc.rectangle(m, new Point(x, 0), new Point(width, height), Scalar.all(0), -1);
        } else {
            Imgproc.rectangle(m, new Point(0, 0), new Point(x, height), Scalar.all(0), -1);
        }
        return m;
    }

    public Mat eye(boolean right) {
        return polygon(right ? FaceLandmarks.EYE_RIGHT : FaceLandmarks.EYE_LEFT);
    }

    /** Skin samples: discs on both cheeks and the forehead, away from eyes, brows, nose and mouth. */
    public Mat skin() {
        Mat m = blank();
        double r = Math.max(2, 0.07 * face.faceWidth());
        FaceLandmarks lm = face.landmarks();
        for (int i : new int[] {CHEEK_RIGHT_CENTRE, CHEEK_LEFT_CENTRE, FOREHEAD_CENTRE}) {
            Imgproc.circle(m, lm.point(i), (int) Math.round(r), Scalar.all(255), -1);
        }
        return m;
    }

    public Mat lips() {
        return polygon(LIPS);
    }

    /** A disc of radius {@code r} around {@code c}. */
    public Mat disc(Point c, double r) {
        Mat m = blank();
        Imgproc.circle(m, c, (int) Math.max(1, Math.round(r)), Scalar.all(255), -1);
        return m;
    }

    /** A filled ellipse with half-axes {@code rx}, {@code ry}, turned by {@code degrees}. */
    public Mat ellipse(Point c, double rx, double ry, double degrees) {
        Mat m = blank();
        Imgproc.ellipse(m, c, new org.opencv.core.Size(rx, ry), degrees, 0, 360, Scalar.all(255), -1);
        return m;
    }

    /** An axis-aligned box, clipped to the picture. */
    public Mat box(double x0, double y0, double x1, double y1) {
        Mat m = blank();
        Imgproc.rectangle(m, new Point(Math.max(0, x0), Math.max(0, y0)),
                new Point(Math.min(width - 1, x1), Math.min(height - 1, y1)), Scalar.all(255), -1);
        return m;
    }

    public Mat polygon(int[] idx) {
        Mat m = blank();
        FaceLandmarks lm = face.landmarks();
        Point[] pts = new Point[idx.length];
        for (int i = 0; i < idx.length; i++) {
            pts[i] = lm.point(idx[i]);
        }
        MatOfPoint poly = new MatOfPoint(pts);
        Imgproc.fillPoly(m, List.of(poly), Scalar.all(255));
        poly.release();
        return m;
    }

    private Mat blank() {
        Mat m = new Mat(height, width, CvType.CV_8U, Scalar.all(0));
        made.add(m);
        return m;
    }

    void release() {
        made.forEach(Mat::release);
        made.clear();
        oval = null;
    }
}
