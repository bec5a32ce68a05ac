package org.gradphoto.engine.face;

import java.util.List;
import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * The face-recognition network (112 x 112 RGB, (x - 127.5) / 128, 512 numbers out) on the face aligned by five
 * points of the mesh (the eye centres, the nose tip, the mouth corners) to the positions it was trained on: a
 * similarity transform, no shear, so that the face keeps its proportions.
 */
final class FaceEmbedder {

    private static final int SIZE = 112;
    /** Where the network expects, in its 112 x 112 input: the eye on the picture's left, the other, nose, mouth corners. */
    private static final Point[] TEMPLATE = {new Point(38.2946, 51.6963), new Point(73.5318, 51.5014),
        new Point(56.0252, 71.7366), new Point(41.5493, 92.3655), new Point(70.7299, 92.2041)};
    private static final int MOUTH_RIGHT = 61;
    private static final int MOUTH_LEFT = 291;

    private final DnnModel model = new DnnModel(ModelFiles.FEATURE);
    private final List<String> outputs = model.outputNames();

    FaceEmbedding embed(Mat bgr, FaceLandmarks lm) {
        // the subject's right eye and mouth corner are on the picture's left
        Point[] face = {lm.rightEyeCentre(), lm.leftEyeCentre(), lm.point(FaceLandmarks.NOSE_TIP), lm.point(MOUTH_RIGHT),
            lm.point(MOUTH_LEFT)};
        try (MatScope m = new MatScope()) {
            MatOfPoint2f from = m.add(new MatOfPoint2f(face));
            MatOfPoint2f to = m.add(new MatOfPoint2f(TEMPLATE));
            Mat a = m.add(Calib3d.estimateAffinePartial2D(from, to));
            Mat aligned = m.mat();
            Imgproc.warpAffine(bgr, aligned, a, new Size(SIZE, SIZE), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            Mat rgb = m.mat();
            Imgproc.cvtColor(aligned, rgb, Imgproc.COLOR_BGR2RGB);
            Mat f = m.mat();
            rgb.convertTo(f, CvType.CV_32FC3);
            Core.subtract(f, new Scalar(127.5, 127.5, 127.5), f);
            Core.divide(f, new Scalar(128, 128, 128), f);
            Mat blob = m.add(Dnn.blobFromImage(f));
            List<Mat> out = model.forward(blob, outputs);
            out.forEach(m::add);
            float[] v = new float[FaceEmbedding.DIMENSIONS];
            m.add(out.get(0).reshape(1, 1)).get(0, 0, v);
            return new FaceEmbedding(v);
        }
    }
}
