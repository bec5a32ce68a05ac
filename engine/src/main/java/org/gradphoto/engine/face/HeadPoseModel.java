package org.gradphoto.engine.face;

import java.util.List;
import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * A head-pose network (224 x 224 RGB, ImageNet normalisation; three heads of 66 bins of 3 degrees) on the face
 * cropped square around the mesh: its pitch is steadier than the mesh's depth on people looking straight ahead,
 * where the mesh's chin-to-forehead depth swings by 20 degrees. Its pitch carries a constant bias on frontal
 * faces, taken out with {@code AnalysisSettings.poseNetPitchBias}.
 */
final class HeadPoseModel {

    private static final int SIZE = 224;
    /** The crop is the mesh's extent enlarged by this, as the network was trained on loose face boxes. */
    private static final double MARGIN = 1.2;
    private static final int BINS = 66;

    private final DnnModel model = new DnnModel(ModelFiles.POSE);
    private final List<String> outputs = model.outputNames();

    /** The network's pitch in degrees: positive when the head is tipped back (looking up), before the bias. */
    double pitch(Mat bgr, FaceLandmarks lm) {
        double cx = (lm.minX() + lm.maxX()) / 2;
        double cy = (lm.minY() + lm.maxY()) / 2;
        double side = Math.max(lm.maxX() - lm.minX(), lm.maxY() - lm.minY()) * MARGIN;
        double k = SIZE / side;
        try (MatScope m = new MatScope()) {
            Mat a = m.add(new Mat(2, 3, CvType.CV_64F));
            a.put(0, 0, k, 0, SIZE / 2.0 - k * cx, 0, k, SIZE / 2.0 - k * cy);
            Mat crop = m.mat();
            Imgproc.warpAffine(bgr, crop, a, new Size(SIZE, SIZE), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            Mat rgb = m.mat();
            Imgproc.cvtColor(crop, rgb, Imgproc.COLOR_BGR2RGB);
            Mat f = m.mat();
            rgb.convertTo(f, CvType.CV_32FC3, 1 / 255.0);
            Core.subtract(f, new Scalar(0.485, 0.456, 0.406), f);
            Core.divide(f, new Scalar(0.229, 0.224, 0.225), f);
            Mat blob = m.add(Dnn.blobFromImage(f));
            List<Mat> out = model.forward(blob, outputs);
            out.forEach(m::add);
            // the first head is pitch (the second roll, the third yaw, as measured on turned and tipped heads)
            return expectedAngle(m.add(out.get(0).reshape(1, 1)));
        }
    }

    /** The expected angle over the bins (softmax of the logits), bin i covering 3i - 99 degrees. */
    private static double expectedAngle(Mat logits) {
        float[] b = new float[BINS];
        logits.get(0, 0, b);
        double max = Double.NEGATIVE_INFINITY;
        for (float x : b) {
            max = Math.max(max, x);
        }
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < BINS; i++) {
            double p = Math.exp(b[i] - max);
            sum += p;
            weighted += p * i;
        }
        return weighted / sum * 3 - 99;
    }
}
