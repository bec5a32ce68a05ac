package org.gradphoto.engine.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Releases OpenCV Mats together at the end of a block. A Mat that is merely dropped (a temporary, or a submat or
 * reshape header, which keeps its parent's pixels alive) holds native memory until the garbage collector gets to
 * it; on a busy path that makes every later allocation slow (measured: 13 ms instead of 0.1 ms for a 480 x 640
 * conversion) and memory unbounded in a batch.
 */
public final class MatScope implements AutoCloseable {

    private final List<Mat> mats = new ArrayList<>();

    /** Takes charge of {@code m}: it is released when the scope closes. */
    public <T extends Mat> T add(T m) {
        mats.add(m);
        return m;
    }

    /** A new empty Mat owned by the scope. */
    public Mat mat() {
        return add(new Mat());
    }

    /** A region of {@code m} (a header sharing its pixels) owned by the scope. */
    public Mat sub(Mat m, Rect r) {
        return add(m.submat(r));
    }

    /** Releases {@code m} now unless it is one the scope will release; for results handed to the caller. */
    public Mat keep(Mat m) {
        mats.remove(m);
        return m;
    }

    @Override
    public void close() {
        for (Mat m : mats) {
            m.release();
        }
        mats.clear();
    }
}
