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
import org.opencv.imgproc.Imgproc;

/**
 * Open-or-closed eye classifier (24 x 24 grey). Each eye is cropped square around its contour, turned level by
 * its own corners: unrotated crops of tilted eyes are misjudged.
 */
public final class EyeStateModel {

    private static final int SIZE = 24;
    private static final double PADDING = 1.6;

    private final DnnModel model = new DnnModel(ModelFiles.EYE);
    private final List<String> outputs = model.outputNames();

    /** Probability that the subject's right and left eyes are open. */
    public double[] openness(Mat bgr, FaceLandmarks lm) {
        return new double[] {
            open(bgr, lm, FaceLandmarks.EYE_RIGHT, FaceLandmarks.EYE_RIGHT_OUTER, FaceLandmarks.EYE_RIGHT_INNER),
            open(bgr, lm, FaceLandmarks.EYE_LEFT, FaceLandmarks.EYE_LEFT_INNER, FaceLandmarks.EYE_LEFT_OUTER)};
    }

    private double open(Mat bgr, FaceLandmarks lm, int[] contour, int leftCorner, int rightCorner) {
        Point a = lm.point(leftCorner);
        Point b = lm.point(rightCorner);
        double angle = Math.atan2(b.y - a.y, b.x - a.x);
        double side = Math.hypot(b.x - a.x, b.y - a.y) * PADDING;
        RotatedCrop crop = new RotatedCrop(lm.mean(contour), side, angle, SIZE);
        float[] logits = new float[2];
        try (MatScope m = new MatScope()) {
            Mat patch = m.add(crop.sample(bgr));
            Mat grey = m.mat();
            Imgproc.cvtColor(patch, grey, Imgproc.COLOR_BGR2GRAY);
            Mat blob = m.add(Dnn.blobFromImage(grey, 1 / 255.0, new Size(SIZE, SIZE), new Scalar(0), false, false,
                    CvType.CV_32F));
            List<Mat> out = model.forward(blob, outputs);
            out.forEach(m::add);
            m.add(out.get(0).reshape(1, 1)).get(0, 0, logits);
        }
        double e0 = Math.exp(logits[0]);
        double e1 = Math.exp(logits[1]);
        return e1 / (e0 + e1);
    }
}
