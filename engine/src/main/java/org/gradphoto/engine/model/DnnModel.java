package org.gradphoto.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.image.OpenCv;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * One model in OpenCV's DNN module, usable from many threads: an OpenCV Net is not safe for concurrent
 * forward passes, so each thread gets its own Net built from the same model bytes (built once per thread).
 */
public final class DnnModel {

    private final String file;
    private final ThreadLocal<Net> nets;

    public DnnModel(String file) {
        OpenCv.load();
        this.file = file;
        byte[] bytes = ModelFiles.bytes(file);
        boolean tflite = file.endsWith(".tflite");
        this.nets = ThreadLocal.withInitial(() -> {
            MatOfByte buf = new MatOfByte(bytes);
            Net net = tflite ? Dnn.readNetFromTFLite(buf) : Dnn.readNetFromONNX(buf);
            buf.release();
            net.setPreferableBackend(Dnn.DNN_BACKEND_OPENCV);
            net.setPreferableTarget(Dnn.DNN_TARGET_CPU);
            return net;
        });
        nets.get();
    }

    /** Runs the model on one input blob and returns its outputs in the order of {@code outputNames}. */
    public List<Mat> forward(Mat blob, List<String> outputNames) {
        Net net = nets.get();
        net.setInput(blob);
        List<Mat> out = new ArrayList<>();
        net.forward(out, outputNames);
        return out;
    }

    public List<String> outputNames() {
        return nets.get().getUnconnectedOutLayersNames();
    }

    @Override
    public String toString() {
        return file;
    }
}
