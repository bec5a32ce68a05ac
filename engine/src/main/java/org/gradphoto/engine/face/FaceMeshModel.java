package org.gradphoto.engine.face;

import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;

import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;

/**
 * MediaPipe's face mesh (468 points) on a 192 px crop turned level by the eye line, as MediaPipe's own graph
 * does: first from the detector's box and eye keypoints, then once more from the first mesh's eye corners and
 * extent, which gives steadier points on tilted heads.
 */
public final class FaceMeshModel {

    private static final int SIZE = 192;
    private static final double ROI_SCALE = 1.5;

    private final DnnModel model = new DnnModel(ModelFiles.FACE_MESH);
    private final List<String> outputs = model.outputNames();

    /** A mesh and how sure the model is that the crop shows a face (0..1). */
    public record Result(FaceLandmarks landmarks, double presence) {
    }

    public Result fromDetection(Mat bgr, FaceDetection d) {
        Point re = d.rightEye();
        Point le = d.leftEye();
        double angle = Math.atan2(le.y - re.y, le.x - re.x);
        Point c = new Point(d.box().x + d.box().width / 2, d.box().y + d.box().height / 2);
        double side = Math.max(d.box().width, d.box().height) * ROI_SCALE;
        Result first = run(bgr, new RotatedCrop(c, side, angle, SIZE));
        return refine(bgr, first.landmarks());
    }

    /** Runs the mesh again on the region its previous points describe. */
    public Result refine(Mat bgr, FaceLandmarks lm) {
        Point a = lm.point(FaceLandmarks.EYE_RIGHT_OUTER);
        Point b = lm.point(FaceLandmarks.EYE_LEFT_OUTER);
        double angle = Math.atan2(b.y - a.y, b.x - a.x);
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        double minU = Double.MAX_VALUE;
        double maxU = -Double.MAX_VALUE;
        double minV = Double.MAX_VALUE;
        double maxV = -Double.MAX_VALUE;
        for (int i = 0; i < 468; i++) {
            double u = cos * lm.x(i) - sin * lm.y(i);
            double v = sin * lm.x(i) + cos * lm.y(i);
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
        }
        double cu = (minU + maxU) / 2;
        double cv = (minV + maxV) / 2;
        // back from the level frame to image coordinates
        Point c = new Point(Math.cos(angle) * cu - Math.sin(angle) * cv, Math.sin(angle) * cu + Math.cos(angle) * cv);
        double side = Math.max(maxU - minU, maxV - minV) * ROI_SCALE;
        return run(bgr, new RotatedCrop(c, side, angle, SIZE));
    }

    private Result run(Mat bgr, RotatedCrop crop) {
        float[] f = new float[1];
        float[] p = new float[1404];
        try (MatScope m = new MatScope()) {
            Mat patch = m.add(crop.sample(bgr));
            Mat blob = m.add(Dnn.blobFromImage(patch, 1 / 255.0, new Size(SIZE, SIZE), new Scalar(0, 0, 0), true,
                    false, CvType.CV_32F));
            List<Mat> out = model.forward(blob, outputs);
            out.forEach(m::add);
            Mat flag = out.get(0).total() == 1 ? out.get(0) : out.get(1);
            Mat points = out.get(0).total() == 1 ? out.get(1) : out.get(0);
            m.add(flag.reshape(1, 1)).get(0, 0, f);
            m.add(points.reshape(1, 1)).get(0, 0, p);
        }
        double[] x = new double[468];
        double[] y = new double[468];
        double[] z = new double[468];
        for (int i = 0; i < 468; i++) {
            Point q = crop.toImage(p[3 * i], p[3 * i + 1]);
            x[i] = q.x;
            y[i] = q.y;
            z[i] = p[3 * i + 2] * crop.scale();
        }
        double presence = 1 / (1 + Math.exp(-f[0]));
        return new Result(new FaceLandmarks(x, y, z), presence);
    }
}
