package org.gradphoto.engine.image;

import org.opencv.core.Mat;

/**
 * Pixels ready to measure: 8-bit BGR, EXIF orientation applied (as the camera meant it to be seen), alpha
 * flattened onto white.
 *
 * @param bgr the pixels; may be reduced for a large photo
 * @param scale pixels of {@code bgr} per pixel of the displayed original (1 unless decoded reduced)
 * @param displayWidth width of the original as displayed (after orientation)
 * @param displayHeight height of the original as displayed
 * @param hadAlpha the file carried transparency that was flattened
 */
public record DecodedPhoto(Mat bgr, double scale, int displayWidth, int displayHeight, boolean hadAlpha) {

    public int width() {
        return bgr.cols();
    }

    public int height() {
        return bgr.rows();
    }

    public void release() {
        bgr.release();
    }
}
