package org.gradphoto.engine.text;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * PaddleOCR's PP-OCRv4 text detector (differentiable binarisation): a per-pixel text probability map, turned
 * into text boxes. The picture keeps its aspect ratio (the model misses text in squeezed pictures) with its long
 * side at {@code longSide}, rounded to multiples of 32 as the network needs.
 */
public final class TextDetector {

    // loaded on first use: most checks never run the detector (see NoTextRule), and it is the largest model
    private volatile DnnModel model;
    private volatile List<String> outputs;
    private final int longSide;
    private final double pixelThreshold;
    private final double boxThreshold;

    /** One text region in image pixels with its mean text probability. */
    public record TextBox(Rect box, double score) {
    }

    public TextDetector(int longSide, double pixelThreshold, double boxThreshold) {
        this.longSide = longSide;
        this.pixelThreshold = pixelThreshold;
        this.boxThreshold = boxThreshold;
    }

    private DnnModel model() {
        if (model == null) {
            synchronized (this) {
                if (model == null) {
                    DnnModel m = new DnnModel(ModelFiles.TEXT_DET);
                    outputs = m.outputNames();
                    model = m;
                }
            }
        }
        return model;
    }

    public List<TextBox> detect(Mat bgr) {
        double s = (double) longSide / Math.max(bgr.cols(), bgr.rows());
        int w = Math.max(32, (int) Math.round(bgr.cols() * s / 32) * 32);
        int h = Math.max(32, (int) Math.round(bgr.rows() * s / 32) * 32);
        // PaddleOCR normalises BGR by ImageNet mean and std; one common std is close enough for detection
        Mat blob = Dnn.blobFromImage(bgr, 1 / 255.0 / 0.226, new Size(w, h),
                new Scalar(0.485 * 255, 0.456 * 255, 0.406 * 255), false, false, CvType.CV_32F);
        List<Mat> out = model().forward(blob, outputs);
        blob.release();
        Mat prob = out.get(0).reshape(1, h);
        Mat bin = new Mat();
        Imgproc.threshold(prob, bin, pixelThreshold, 255, Imgproc.THRESH_BINARY);
        Mat bin8 = new Mat();
        bin.convertTo(bin8, CvType.CV_8U);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(bin8, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        List<TextBox> boxes = new ArrayList<>();
        double sx = (double) bgr.cols() / w;
        double sy = (double) bgr.rows() / h;
        for (MatOfPoint c : contours) {
            Rect r = Imgproc.boundingRect(c);
            if (r.width < 3 || r.height < 3) {
                c.release();
                continue;
            }
            Mat roiMask = Mat.zeros(r.height, r.width, CvType.CV_8U);
            Mat shifted = new Mat();
            Core.subtract(c, new Scalar(r.x, r.y), shifted);
            Imgproc.fillPoly(roiMask, List.of(new MatOfPoint(shifted)), Scalar.all(255));
            double score = Core.mean(prob.submat(r), roiMask).val[0];
            roiMask.release();
            shifted.release();
            c.release();
            if (score >= boxThreshold) {
                boxes.add(new TextBox(new Rect((int) (r.x * sx), (int) (r.y * sy), (int) Math.ceil(r.width * sx),
                        (int) Math.ceil(r.height * sy)), score));
            }
        }
        for (Mat m : new Mat[] {prob, bin, bin8, hierarchy}) {
            m.release();
        }
        out.forEach(Mat::release);
        return boxes;
    }
}
