package org.gradphoto.portal.files;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles what killed or failed requests left in the {@link PhotoStore}: once when the portal starts and then on a
 * schedule. Files younger than the grace period are left alone (their transaction may still be running).
 */
@Component
class StoreSweeper {

    private final PhotoStore store;
    private final StoredFileRepository files;
    private final Duration grace;

    StoreSweeper(PhotoStore store, StoredFileRepository files,
            @Value("${gradphoto.store.sweep-grace:PT1H}") Duration grace) {
        this.store = store;
        this.files = files;
        this.grace = grace;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${gradphoto.store.sweep-every:PT1H}", initialDelayString = "${gradphoto.store.sweep-every:PT1H}")
    void onSchedule() {
        sweep();
    }

    PhotoStore.SweepReport sweep() {
        return store.sweep(grace, this::referenced);
    }

    private Set<String> referenced(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        files.findAllById(keys).forEach(f -> out.add(f.getKey()));
        return out;
    }
}
