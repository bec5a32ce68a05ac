package org.gradphoto.portal.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.gradphoto.portal.collection.RecordDecided;
import org.gradphoto.portal.graduation.GraduationDecided;
import org.gradphoto.portal.notify.Outbox;
import org.gradphoto.portal.photo.PhotoDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decisions of offices and schools counted by kind and outcome ({@code gradphoto_decisions_total}), once their
 * transaction committed (a decision refused or rolled back is no decision); the mail and SMS outbox's waiting
 * messages as a gauge ({@code gradphoto_outbox_waiting}).
 */
@Component
class DecisionMetrics {

    private final MeterRegistry registry;

    DecisionMetrics(MeterRegistry registry, Outbox outbox) {
        this.registry = registry;
        Gauge.builder("gradphoto.outbox.waiting", outbox, Outbox::waiting)
                .description("mail and SMS messages not yet sent").register(registry);
    }

    @EventListener
    void on(PhotoDecided e) {
        count("photo", e.approved() ? "APPROVED" : "REJECTED");
    }

    @EventListener
    void on(GraduationDecided e) {
        count(e.subject().name().toLowerCase(java.util.Locale.ROOT), e.outcome());
    }

    @EventListener
    void on(RecordDecided e) {
        count("record", e.outcome());
    }

    private void count(String kind, String outcome) {
        Runnable increment = () -> registry.counter("gradphoto.decisions", "kind", kind, "outcome", outcome).increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    increment.run();
                }
            });
        } else {
            increment.run();
        }
    }
}
