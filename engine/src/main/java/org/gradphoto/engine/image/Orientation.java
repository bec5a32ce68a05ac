package org.gradphoto.engine.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/** Applies an EXIF orientation (1-8) to pixels, giving the picture as its camera meant it to be shown. */
public final class Orientation {

    private Orientation() {
    }

    /** Returns a new Mat turned upright, or the same Mat for orientation 1. */
    public static Mat apply(Mat src, int orientation) {
        Mat out = new Mat();
        switch (orientation) {
            case 2 -> Core.flip(src, out, 1);
            case 3 -> Core.rotate(src, out, Core.ROTATE_180);
            case 4 -> Core.flip(src, out, 0);
            case 5 -> {
                Core.transpose(src, out);
            }
            case 6 -> Core.rotate(src, out, Core.ROTATE_90_CLOCKWISE);
            case 7 -> {
                Mat t = new Mat();
                Core.rotate(src, t, Core.ROTATE_90_CLOCKWISE);
                Core.flip(t, out, 1);
                t.release();
            }
            case 8 -> Core.rotate(src, out, Core.ROTATE_90_COUNTERCLOCKWISE);
            default -> {
                out.release();
                return src;
            }
        }
        return out;
    }
}
