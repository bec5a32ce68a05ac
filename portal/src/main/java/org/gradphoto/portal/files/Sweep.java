package org.gradphoto.portal.files;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * What a sweep decides, the same for every store: of the entries older than the grace period, a pending one whose
 * row committed is completed; a half-written one, one that is none of ours or one no row refers to is removed.
 * The stores say what their entries are and how to complete or remove one.
 */
final class Sweep {

    /** One old entry of a store: its key (null when it is none of ours), its state, and what completing or removing it does. */
    record Entry(String key, boolean pending, boolean partial, long size, BooleanSupplier promote, BooleanSupplier delete) {
    }

    private int promoted;
    private int removed;
    private long removedBytes;

    /** Runs {@code removal} once the current transaction commits; a file discarded by a rollback stays. */
    static void afterCommit(Runnable removal) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a stored file is discarded inside the transaction that deletes its row");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removal.run();
            }
        });
    }

    /** Settles one batch of old entries, asking {@code referenced} which of their keys a row refers to. */
    void settle(List<Entry> old, Function<Collection<String>, Set<String>> referenced) {
        List<String> keys = old.stream().map(Entry::key).filter(Objects::nonNull).distinct().toList();
        Set<String> live = keys.isEmpty() ? Set.of() : referenced.apply(keys);
        for (Entry e : old) {
            if (e.pending() && live.contains(e.key())) {
                promoted += e.promote().getAsBoolean() ? 1 : 0;
            } else if (e.partial() || e.key() == null || !live.contains(e.key())) {
                if (e.delete().getAsBoolean()) {
                    removed++;
                    removedBytes += e.size();
                }
            }
        }
    }

    /** What the sweep did, logged when it did anything. */
    PhotoStore.SweepReport report(Logger log, String store) {
        if (promoted + removed > 0) {
            log.info("{} swept: {} committed files completed, {} removed ({} bytes)", store, promoted, removed, removedBytes);
        }
        return new PhotoStore.SweepReport(promoted, removed, removedBytes);
    }
}
