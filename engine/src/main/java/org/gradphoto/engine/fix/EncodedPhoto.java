package org.gradphoto.engine.fix;

/**
 * The encoder's choice for one picture.
 *
 * @param denoise the strength of the denoising applied to fit the size window (0 = none)
 * @param inWindow whether the file landed inside the size window
 */
public record EncodedPhoto(byte[] bytes, int quality, Subsampling subsampling, double denoise, boolean inWindow) {

    public double kb() {
        return bytes.length / 1024.0;
    }
}
