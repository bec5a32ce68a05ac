package org.gradphoto.portal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A message waiting to leave, written in the transaction of the change it tells of: sent once it committed, tried
 * again later while the server is down, never sent for a change that rolled back.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 4000;
    /** The longest wait between two tries. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(Channel channel, String recipient, String subject, String body, Instant now) {
        this.channel = Objects.requireNonNull(channel, "channel");
        if (recipient == null || recipient.isBlank() || recipient.length() > 100) {
            throw new IllegalArgumentException("no recipient");
        }
        this.recipient = recipient.strip();
        this.subject = cut(subject, MAX_SUBJECT);
        this.body = cut(body, MAX_BODY);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    private static String cut(String s, int max) {
        String t = s == null ? "" : s;
        return t.length() > max ? t.substring(0, max) : t;
    }

    void sent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** The server refused or was away: tried again after a wait that doubles, up to {@link #MAX_BACKOFF}. */
    void failed(String why, Instant now) {
        attempts++;
        lastError = cut(why, 500);
        Duration wait = Duration.ofSeconds(5L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    Long getId() {
        return id;
    }

    Channel getChannel() {
        return channel;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getSentAt() {
        return sentAt;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }
}
