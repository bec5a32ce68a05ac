package org.gradphoto.portal.photo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one upload at a time per person (a candidate, a collection code): a double click or a second tab while
 * the first photo is being checked is told plainly to wait, instead of spending a second check and racing the
 * first to the database. Across nodes the row's version still decides; this saves the work on one node.
 */
public final class OneAtATime {

    private final Set<Object> busy = ConcurrentHashMap.newKeySet();

    /** Enters for {@code key}, or throws {@link PhotoStateException} with {@code busyKey} when already inside. */
    public Pass enter(Object key, String busyKey) {
        if (!busy.add(key)) {
            throw new PhotoStateException(busyKey);
        }
        return () -> busy.remove(key);
    }

    /** Leaving: used with try-with-resources. */
    @FunctionalInterface
    public interface Pass extends AutoCloseable {
        @Override
        void close();
    }
}
