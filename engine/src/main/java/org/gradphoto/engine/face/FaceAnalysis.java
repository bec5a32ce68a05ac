package org.gradphoto.engine.face;

import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;

/**
 * Everything the models saw in one picture, in working pixels: all faces found, the facts of the main (largest)
 * face when its key points could be taken, the person mask and the background region. Holds native memory:
 * {@link #close()} it.
 */
public final class FaceAnalysis implements AutoCloseable {

    private final List<FaceDetection> faces;
    private final FaceFacts face;
    private final Mat personMask;
    private final Mat backgroundMask;

    public FaceAnalysis(List<FaceDetection> faces, FaceFacts face, Mat personMask, Mat backgroundMask) {
        this.faces = List.copyOf(faces);
        this.face = face;
        this.personMask = personMask;
        this.backgroundMask = backgroundMask;
    }

    /** Every face the detector found, largest first. */
    public List<FaceDetection> faces() {
        return faces;
    }

    /** The main face's facts; empty when no face was found or its key points could not be taken. */
    public Optional<FaceFacts> face() {
        return Optional.ofNullable(face);
    }

    /** Probability of "person" per pixel, CV_32F. */
    public Mat personMask() {
        return personMask;
    }

    /** 255 where the pixel is background (well away from the person), CV_8U. */
    public Mat backgroundMask() {
        return backgroundMask;
    }

    @Override
    public void close() {
        personMask.release();
        backgroundMask.release();
    }
}
