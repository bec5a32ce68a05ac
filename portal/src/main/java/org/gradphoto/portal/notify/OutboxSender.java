package org.gradphoto.portal.notify;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, every few seconds: each message in its own transaction, marked sent once its
 * server took it, tried again after a growing wait when not. A message is sent once unless the node dies between
 * the server's answer and the commit (then twice, never zero times); of several nodes, one sends each message (its
 * row locked while it is sent). A node with {@code gradphoto.outbox.enabled=false}
 * only writes to the outbox and leaves the sending to the others (the tests: contexts sharing one database would
 * otherwise take each other's mail).
 */
@Component
@ConditionalOnProperty(name = "gradphoto.outbox.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMessageRepository messages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);

    OutboxSender(OutboxMessageRepository messages, TransactionTemplate tx, Clock clock, List<Sender> configured) {
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
        for (Channel c : Channel.values()) {
            senders.put(c, new LoggedOnlySender(c));
        }
        configured.forEach(s -> senders.put(s.channel(), s));
    }

    @Scheduled(fixedDelayString = "${gradphoto.outbox.delay-ms:2000}", initialDelayString = "${gradphoto.outbox.delay-ms:2000}")
    void sendDue() {
        List<Long> due = tx.execute(s -> messages.findTop50BySentAtIsNullAndNextAttemptAtLessThanEqualOrderById(clock.instant())
                .stream().map(OutboxMessage::getId).toList());
        if (due != null) {
            due.forEach(this::send);
        }
    }

    private void send(Long id) {
        // locked: of two nodes that found it due at once, one sends; the other waits and finds it sent
        tx.executeWithoutResult(s -> messages.lockById(id).filter(m -> m.getSentAt() == null).ifPresent(m -> {
            try {
                senders.get(m.getChannel()).send(m.getRecipient(), m.getSubject(), m.getBody());
                m.sent(clock.instant());
            } catch (Exception e) {
                m.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                LOG.warn("outbox message {} ({}) not sent, try {}: {}", id, m.getChannel(), m.getAttempts(), e.toString());
            }
        }));
    }
}
