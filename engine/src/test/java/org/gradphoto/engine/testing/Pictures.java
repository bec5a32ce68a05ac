package org.gradphoto.engine.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.gradphoto.engine.fix.JpegEncoder;
import org.gradphoto.engine.fix.Subsampling;
import org.gradphoto.engine.image.Mats;
import org.gradphoto.engine.image.OpenCv;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** Transformations tests apply to real photos: move, scale, crop, tint, border, blur, re-encode. */
public final class Pictures {

    static {
        OpenCv.load();
    }

    private Pictures() {
    }

    /** Decodes any file OpenCV or ImageIO reads to 8-bit BGR, as stored (no EXIF rotation). */
    public static Mat decode(byte[] file) {
        Mat m = Imgcodecs.imdecode(new MatOfByte(file), Imgcodecs.IMREAD_COLOR | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
        if (m.empty()) {
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(file));
                return Mats.toBgr(img);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** JPEG at the given quality, 4:2:0, with the given dpi. */
    public static byte[] jpeg(Mat bgr, int quality, int dpi) {
        return JpegEncoder.encode(bgr, quality, Subsampling.S420, dpi);
    }

    /** PNG bytes of a picture. */
    public static byte[] png(Mat bgr) {
        MatOfByte buf = new MatOfByte();
        Imgcodecs.imencode(".png", bgr, buf);
        return buf.toArray();
    }

    /** Moves the picture's content down by {@code dy} (up when negative), filling with {@code fill}. */
    public static Mat shift(Mat src, int dx, int dy, Scalar fill) {
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, 1, 0, dx, 0, 1, dy);
        Mat out = new Mat();
        Imgproc.warpAffine(src, out, m, src.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, fill);
        return out;
    }

    /**
     * The photo as the camera would have framed it a few pixels off: moved by (dx, dy), the side the move uncovers
     * continuing what was at the edge (background at the top and sides, clothing at the bottom), as a real photo
     * taken a little off would show it.
     */
    public static Mat reframe(Mat src, int dx, int dy) {
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, 1, 0, dx, 0, 1, dy);
        Mat out = new Mat();
        Imgproc.warpAffine(src, out, m, src.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        m.release();
        return out;
    }

    /** Scales the content by {@code k} about the picture's centre, keeping the picture's size. */
    public static Mat zoom(Mat src, double k, Scalar fill) {
        Mat m = Imgproc.getRotationMatrix2D(new Point(src.cols() / 2.0, src.rows() / 2.0), 0, k);
        Mat out = new Mat();
        Imgproc.warpAffine(src, out, m, src.size(), Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT, fill);
        return out;
    }

    /** Grey in all three channels (a colour file of a black-and-white photo). */
    public static Mat grey(Mat src) {
        Mat g = new Mat();
        Imgproc.cvtColor(src, g, Imgproc.COLOR_BGR2GRAY);
        Mat out = new Mat();
        Imgproc.cvtColor(g, out, Imgproc.COLOR_GRAY2BGR);
        return out;
    }

    /** Paints a frame exactly {@code width} pixels wide over the picture's edges. */
    public static Mat border(Mat src, int width, Scalar colour) {
        Mat out = src.clone();
        int w = out.cols();
        int h = out.rows();
        out.submat(new Rect(0, 0, w, width)).setTo(colour);
        out.submat(new Rect(0, h - width, w, width)).setTo(colour);
        out.submat(new Rect(0, 0, width, h)).setTo(colour);
        out.submat(new Rect(w - width, 0, width, h)).setTo(colour);
        return out;
    }

    public static Mat blur(Mat src, double sigma) {
        Mat out = new Mat();
        Imgproc.GaussianBlur(src, out, new Size(0, 0), sigma);
        return out;
    }

    /** Multiplies every pixel (exposure), clipping at white. */
    public static Mat exposure(Mat src, double k) {
        Mat out = new Mat();
        src.convertTo(out, -1, k, 0);
        return out;
    }

    public static Mat crop(Mat src, int x, int y, int w, int h) {
        return src.submat(new Rect(x, y, w, h)).clone();
    }

    public static Mat resize(Mat src, int w, int h) {
        Mat out = new Mat();
        Imgproc.resize(src, out, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
        return out;
    }

    /** Draws text on the picture, as a date stamp or studio watermark would be. */
    public static Mat text(Mat src, String text, Point at, double scale, Scalar colour) {
        Mat out = src.clone();
        Imgproc.putText(out, text, at, Imgproc.FONT_HERSHEY_SIMPLEX, scale, colour, Math.max(1, (int) (scale * 2)));
        return out;
    }

    /** The mean colour (BGR) of the picture's top rows: its background. */
    public static Scalar topColour(Mat src) {
        return Core.mean(src.submat(new Rect(0, 0, src.cols(), 20)));
    }

    /** PNG bytes of an AWT picture. */
    public static byte[] png(BufferedImage img) {
        return org.gradphoto.engine.report.Annotator.png(img);
    }

    /**
     * Closes the eyes of the face in {@code bgr}, in place: no shared photo shows a clear portrait with closed
     * eyes, so tests paint them shut, each eye covered with the colour of the lid above it and a dark lash line.
     */
    public static void closeEyes(Mat bgr, org.gradphoto.engine.face.FaceLandmarks lm) {
        for (int[] eye : new int[][] {org.gradphoto.engine.face.FaceLandmarks.EYE_RIGHT,
            org.gradphoto.engine.face.FaceLandmarks.EYE_LEFT}) {
            Point[] pts = new Point[eye.length];
            for (int i = 0; i < eye.length; i++) {
                pts[i] = lm.point(eye[i]);
            }
            Point c = lm.mean(eye);
            double w = Math.abs(pts[0].x - pts[8].x);
            Scalar lid = Core.mean(bgr.submat(new Rect((int) (c.x - w / 4), (int) (c.y - w * 0.55), (int) (w / 2), 4)));
            org.opencv.core.MatOfPoint poly = new org.opencv.core.MatOfPoint(pts);
            Imgproc.fillPoly(bgr, java.util.List.of(poly), lid);
            Imgproc.polylines(bgr, java.util.List.of(poly), true, lid, 3);
            Imgproc.line(bgr, pts[0], pts[8], new Scalar(40, 40, 50), 2);
        }
    }
}
