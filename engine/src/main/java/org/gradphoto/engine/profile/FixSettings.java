package org.gradphoto.engine.profile;

/**
 * How {@code gradphoto fix} frames a photo under a profile (the profile's {@code fix:} block, all ours: the seeds
 * say what the photo must be, not how to make it).
 *
 * @param comfortMargin the least distance (px) to any window edge the placement keeps when it enlarges the head
 *     so that the source fills the frame; with less, the placement with the most margin is taken
 * @param extendClothing whether the person's clothing may be continued where the source ends below (or beside)
 *     the shoulders; false pads with background instead
 * @param maxMadeUpRows the most rows that may be made up below the source; a photo needing more is refused
 * @param maxEnlargement the most the source may be enlarged (beyond it a photo is too small and would be soft)
 * @param minMargin the least margin a placement must have at all: below it the head's proportions cannot be placed
 * @param minBelowChin how far (in face widths) the source must reach below the chin for the clothing to be
 *     continued: a source cut at the chin shows no clothing to go on from
 */
public record FixSettings(double comfortMargin, boolean extendClothing, int maxMadeUpRows, double maxEnlargement,
        double minMargin, double minBelowChin) {

    public FixSettings {
        if (comfortMargin < 0 || maxMadeUpRows < 0 || maxEnlargement < 1 || minMargin < 0 || minBelowChin < 0) {
            throw new IllegalArgumentException("fix settings out of range");
        }
    }
}
