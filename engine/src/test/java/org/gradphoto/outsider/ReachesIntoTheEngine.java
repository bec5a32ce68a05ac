package org.gradphoto.outsider;

import org.gradphoto.engine.image.Mats;
import org.gradphoto.engine.profile.Profiles;

/** Uses an internal helper of the engine, as a careless caller might. */
final class ReachesIntoTheEngine {

    Object internal() {
        return Mats.class;
    }

    Object api() {
        return Profiles.class;
    }
}
