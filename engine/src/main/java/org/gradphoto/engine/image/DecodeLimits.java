package org.gradphoto.engine.image;

/**
 * Bounds that keep decoding safe whatever a file declares: a 30000 x 30000 header is refused before a single
 * pixel is allocated, and memory is bounded by what a file decodes to, not by its size on disk.
 *
 * @param maxFileBytes largest file accepted
 * @param maxPixels largest decoded picture, in 8-bit RGB pixels: a pixel of more channels or bits counts for more
 *     (a 16-bit RGBA pixel takes 8 bytes, so it counts as 8/3), since that is what the decoder allocates
 * @param workingLongSide decode large photos reduced (JPEG scales while decoding) so that the long side stays
 *     at or above this; 0 decodes at full size
 * @param maxHeapRasterBytes largest picture the pure-Java decoder (damaged and CMYK files) holds on the heap;
 *     beyond it that decoder reads every n-th pixel
 * @param maxMetadataBytes largest inflated metadata block (compressed PNG text) read; larger blocks are skipped
 */
public record DecodeLimits(long maxFileBytes, long maxPixels, int workingLongSide, long maxHeapRasterBytes,
        int maxMetadataBytes) {

    /** Phone photos up to 50 megapixels, files up to 64 MB, full-size decoding. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(64L << 20, 50_000_000L, 0, 48L << 20, 1 << 20);

    public DecodeLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || workingLongSide < 0 || maxHeapRasterBytes <= 0
                || maxMetadataBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public DecodeLimits(long maxFileBytes, long maxPixels, int workingLongSide) {
        this(maxFileBytes, maxPixels, workingLongSide, DEFAULT.maxHeapRasterBytes, DEFAULT.maxMetadataBytes);
    }

    public DecodeLimits withWorkingLongSide(int longSide) {
        return new DecodeLimits(maxFileBytes, maxPixels, longSide, maxHeapRasterBytes, maxMetadataBytes);
    }

    /**
     * The decoded size of a picture in 8-bit RGB pixels: width x height, weighted by the bytes a pixel of its
     * channels and bit depth takes (at least 3, as every picture becomes 8-bit BGR).
     */
    public static long weightedPixels(long width, long height, Integer channels, Integer bitsPerChannel) {
        int c = channels == null ? 3 : Math.max(1, channels);
        int bytes = bitsPerChannel == null ? 1 : Math.max(1, (bitsPerChannel + 7) / 8);
        return width * height * Math.max(3, c * bytes) / 3;
    }
}
