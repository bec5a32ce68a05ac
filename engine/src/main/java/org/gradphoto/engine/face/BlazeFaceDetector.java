package org.gradphoto.engine.face;

import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.model.DnnModel;
import org.gradphoto.engine.model.ModelFiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Rect2d;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * MediaPipe BlazeFace in OpenCV DNN. The short-range model (128 px, faces within about 2 m) runs first; the
 * full-range model (192 px, small faces) when the short one finds nothing. The picture is letter-boxed to a
 * square (the models were trained on squares), outputs are decoded against SSD anchors, and overlapping boxes
 * are merged by MediaPipe's weighted non-maximum suppression.
 */
public final class BlazeFaceDetector {

    private static final double IOU_MERGE = 0.3;

    private final Variant shortRange;
    private final Variant fullRange;
    private final double minScore;

    /** One of the two models, with its input size and anchors. */
    private static final class Variant {
        final DnnModel model;
        final int size;
        final double[][] anchors;
        final List<String> outputs;
        final String name;

        Variant(String file, int size, double[][] anchors, String name) {
            this.model = new DnnModel(file);
            this.size = size;
            this.anchors = anchors;
            this.outputs = model.outputNames();
            this.name = name;
        }
    }

    public BlazeFaceDetector(double minScore) {
        this.minScore = minScore;
        this.shortRange = new Variant(ModelFiles.FACE_SHORT, 128, anchors(128, new int[] {8, 16, 16, 16}, true),
                "short");
        this.fullRange = new Variant(ModelFiles.FACE_FULL, 192, anchors(192, new int[] {4}, false), "full");
    }

    /** Every face found, largest first. */
    public List<FaceDetection> detect(Mat bgr) {
        List<FaceDetection> faces = run(shortRange, bgr);
        if (faces.isEmpty()) {
            faces = run(fullRange, bgr);
        }
        faces.sort(Comparator.comparingDouble(FaceDetection::area).reversed());
        return faces;
    }

    private List<FaceDetection> run(Variant v, Mat bgr) {
        int w = bgr.cols();
        int h = bgr.rows();
        double s = (double) v.size / Math.max(w, h);
        int nw = Math.max(1, (int) Math.round(w * s));
        int nh = Math.max(1, (int) Math.round(h * s));
        int ox = (v.size - nw) / 2;
        int oy = (v.size - nh) / 2;
        float[] sc;
        float[] bx;
        try (MatScope m = new MatScope()) {
            Mat square = m.add(new Mat(v.size, v.size, CvType.CV_8UC3, Scalar.all(0)));
            Mat resized = m.mat();
            Imgproc.resize(bgr, resized, new Size(nw, nh), 0, 0, Imgproc.INTER_AREA);
            resized.copyTo(m.sub(square, new Rect(ox, oy, nw, nh)));
            // RGB scaled to [-1, 1]; the TFLite importer wants NCHW although the model is NHWC
            Mat blob = m.add(Dnn.blobFromImage(square, 1 / 127.5, new Size(v.size, v.size),
                    new Scalar(127.5, 127.5, 127.5), true, false, CvType.CV_32F));
            List<Mat> out = v.model.forward(blob, v.outputs);
            out.forEach(m::add);
            Mat scores = m.add(out.get(0).reshape(1, (int) (out.get(0).total())));
            Mat boxes = m.add(out.get(1).reshape(1, (int) (out.get(1).total() / 16)));
            sc = new float[(int) scores.total()];
            scores.get(0, 0, sc);
            bx = new float[(int) boxes.total()];
            boxes.get(0, 0, bx);
        }

        List<FaceDetection> raw = new ArrayList<>();
        for (int i = 0; i < sc.length; i++) {
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, sc[i]))));
            if (score < minScore) {
                continue;
            }
            double ax = v.anchors[i][0];
            double ay = v.anchors[i][1];
            int o = i * 16;
            double cx = bx[o] / v.size + ax;
            double cy = bx[o + 1] / v.size + ay;
            double bw = bx[o + 2] / v.size;
            double bh = bx[o + 3] / v.size;
            Rect2d box = new Rect2d(toImage(cx - bw / 2, ox, s, v.size), toImage(cy - bh / 2, oy, s, v.size),
                    bw * v.size / s, bh * v.size / s);
            List<Point> kps = new ArrayList<>(6);
            for (int k = 0; k < 6; k++) {
                double kx = bx[o + 4 + 2 * k] / v.size + ax;
                double ky = bx[o + 5 + 2 * k] / v.size + ay;
                kps.add(new Point(toImage(kx, ox, s, v.size), toImage(ky, oy, s, v.size)));
            }
            raw.add(new FaceDetection(box, score, kps, v.name));
        }
        return weightedNms(raw);
    }

    private static double toImage(double normalised, int offset, double scale, int size) {
        return (normalised * size - offset) / scale;
    }

    /** MediaPipe's weighted NMS: overlapping detections are averaged, weighted by score. */
    private static List<FaceDetection> weightedNms(List<FaceDetection> dets) {
        List<FaceDetection> remaining = new ArrayList<>(dets);
        remaining.sort(Comparator.comparingDouble(FaceDetection::score).reversed());
        List<FaceDetection> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            FaceDetection top = remaining.get(0);
            List<FaceDetection> group = new ArrayList<>();
            List<FaceDetection> rest = new ArrayList<>();
            for (FaceDetection d : remaining) {
                (iou(top.box(), d.box()) > IOU_MERGE ? group : rest).add(d);
            }
            double total = group.stream().mapToDouble(FaceDetection::score).sum();
            double x = 0;
            double y = 0;
            double w = 0;
            double h = 0;
            double[] kx = new double[6];
            double[] ky = new double[6];
            for (FaceDetection d : group) {
                double wt = d.score() / total;
                x += d.box().x * wt;
                y += d.box().y * wt;
                w += d.box().width * wt;
                h += d.box().height * wt;
                for (int k = 0; k < 6; k++) {
                    kx[k] += d.keypoints().get(k).x * wt;
                    ky[k] += d.keypoints().get(k).y * wt;
                }
            }
            List<Point> kps = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                kps.add(new Point(kx[k], ky[k]));
            }
            out.add(new FaceDetection(new Rect2d(x, y, w, h), top.score(), kps, top.model()));
            remaining = rest;
        }
        return out;
    }

    static double iou(Rect2d a, Rect2d b) {
        double x1 = Math.max(a.x, b.x);
        double y1 = Math.max(a.y, b.y);
        double x2 = Math.min(a.x + a.width, b.x + b.width);
        double y2 = Math.min(a.y + a.height, b.y + b.height);
        double inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
        double union = a.width * a.height + b.width * b.height - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /**
     * SSD anchors as MediaPipe's SsdAnchorsCalculator makes them for BlazeFace: fixed-size anchors at cell
     * centres; layers of equal stride share a grid, each layer adding two anchors a cell (one with the
     * interpolated scale) for the short-range model, one for the full-range model.
     */
    static double[][] anchors(int inputSize, int[] strides, boolean interpolated) {
        List<double[]> out = new ArrayList<>();
        int layer = 0;
        while (layer < strides.length) {
            int same = layer;
            int perCell = 0;
            while (same < strides.length && strides[same] == strides[layer]) {
                perCell += interpolated ? 2 : 1;
                same++;
            }
            int grid = (int) Math.ceil((double) inputSize / strides[layer]);
            for (int y = 0; y < grid; y++) {
                for (int x = 0; x < grid; x++) {
                    for (int a = 0; a < perCell; a++) {
                        out.add(new double[] {(x + 0.5) / grid, (y + 0.5) / grid});
                    }
                }
            }
            layer = same;
        }
        return out.toArray(new double[0][]);
    }
}
