package org.gradphoto.engine.face;

import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;

import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * MediaPipe selfie segmentation: the probability (0..1) that each pixel belongs to the person, hair included.
 * The model sees the whole picture squeezed to 256 x 256 (as it was trained); the mask is scaled back.
 */
public final class PersonSegmenter {

    private static final int SIZE = 256;

    private final DnnModel model = new DnnModel(ModelFiles.SELFIE);
    private final List<String> outputs = model.outputNames();

    /** A CV_32F mask the size of the image. */
    public Mat mask(Mat bgr) {
        try (MatScope m = new MatScope()) {
            Mat blob = m.add(Dnn.blobFromImage(bgr, 1 / 255.0, new Size(SIZE, SIZE), new Scalar(0, 0, 0), true,
                    false, CvType.CV_32F));
            List<Mat> out = model.forward(blob, outputs);
            out.forEach(m::add);
            Mat small = m.add(out.get(0).reshape(1, SIZE));
            Mat mask = new Mat();
            Imgproc.resize(small, mask, bgr.size(), 0, 0, Imgproc.INTER_LINEAR);
            return mask;
        }
    }
}
