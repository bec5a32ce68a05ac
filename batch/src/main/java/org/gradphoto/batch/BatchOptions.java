package org.gradphoto.batch;

import java.nio.file.Path;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.engine.profile.Profile;

/**
 * How to run a batch.
 *
 * @param fix also fix the photos that fail (refusing those only a new photo fixes)
 * @param background the background for fixed photos (white, blue, keep, auto)
 * @param out the folder everything is written to (and nothing outside it)
 * @param force process again the photos a previous run with the same out already did
 * @param threads worker threads (the number of cores by default)
 */
public record BatchOptions(Profile profile, boolean fix, String background, Path out, boolean force, int threads,
        ZipLimits limits) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
