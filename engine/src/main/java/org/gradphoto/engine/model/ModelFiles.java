package org.gradphoto.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model files packaged by the build (module gradphoto-models) as classpath resources. Read once per process;
 * nothing is fetched at run time.
 */
public final class ModelFiles {

    public static final String FACE_SHORT = "face_detection_short_range.tflite";
    public static final String FACE_FULL = "face_detection_full_range.tflite";
    public static final String FACE_MESH = "face_landmark.tflite";
    public static final String SELFIE = "selfie_segmentation.tflite";
    public static final String TEXT_DET = "ch_PP-OCRv4_det_infer.onnx";
    public static final String EYE = "fr_eye.onnx";
    public static final String POSE = "fr_pose.onnx";
    public static final String FEATURE = "fr_feature.onnx";

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private ModelFiles() {
    }

    public static byte[] bytes(String file) {
        return CACHE.computeIfAbsent(file, ModelFiles::load);
    }

    private static byte[] load(String file) {
        String path = "/org/gradphoto/models/" + file;
        try (InputStream in = ModelFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("model " + file + " is missing from the classpath; build the project "
                        + "with Maven (module gradphoto-models fetches it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
