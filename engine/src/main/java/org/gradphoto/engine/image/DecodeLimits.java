package org.gradphoto.engine.image;

/**
 * Bounds that keep decoding safe whatever a file declares: a 30000 x 30000 header is refused before a single
 * pixel is allocated.
 *
 * @param maxFileBytes largest file accepted
 * @param maxPixels largest declared width x height decoded
 * @param workingLongSide decode large photos reduced (JPEG scales while decoding) so that the long side stays
 *     at or above this; 0 decodes at full size
 */
public record DecodeLimits(long maxFileBytes, long maxPixels, int workingLongSide) {

    /** Phone photos up to 50 megapixels, files up to 64 MB, full-size decoding. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(64L << 20, 50_000_000L, 0);

    public DecodeLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || workingLongSide < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public DecodeLimits withWorkingLongSide(int longSide) {
        return new DecodeLimits(maxFileBytes, maxPixels, longSide);
    }
}
