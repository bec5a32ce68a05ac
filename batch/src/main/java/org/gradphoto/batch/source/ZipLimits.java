package org.gradphoto.batch.source;

/**
 * What a zip may hold before it is treated as hostile (a zip bomb): the limits are checked against the bytes
 * actually inflated, never the sizes the archive declares.
 *
 * @param maxEntries most entries read from one zip
 * @param maxEntryBytes largest inflated entry
 * @param maxTotalBytes most inflated bytes from one zip
 * @param maxRatio largest inflated / compressed ratio of an entry (JPEGs barely compress; bombs reach 1000:1)
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {

    /** Generous for photos: 100,000 entries, 64 MB each, 20 GB in all, 200:1. */
    public static final ZipLimits DEFAULT = new ZipLimits(100_000, 64L << 20, 20L << 30, 200);

    public ZipLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 1) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
