package org.gradphoto.portal.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gradphoto.portal.Wording;

/**
 * One message to one account: what it is about (a message-bundle key, so that it reads in the viewer's language),
 * the words that fill it in, where to go next, and whether it was read. The recipient is an id: messages do not
 * reach into accounts.
 */
@Entity
@Table(name = "inbox_message")
class Message {

    static final int MAX_ARGS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(name = "args", nullable = false)
    private String args;

    @Column(nullable = false)
    private String link;

    /** Identifies the decision told, so that an event handled twice gives one message. */
    @Column(name = "source_key", nullable = false, unique = true)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Message() {
    }

    Message(Long recipientId, String subjectKey, List<String> args, String link, String sourceKey, Instant createdAt) {
        this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
        if (subjectKey == null || !subjectKey.matches("message\\.[a-z_.A-Z]{1,80}")) {
            throw new IllegalArgumentException("not a message key: " + subjectKey);
        }
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("a message links within the portal: " + link);
        }
        String joined = new Wording(subjectKey, args).joinedArgs();
        // a reviewer's reason is at most 500 characters; the rest is names and numbers
        this.args = joined.length() > MAX_ARGS_LENGTH ? joined.substring(0, MAX_ARGS_LENGTH) : joined;
        this.subjectKey = subjectKey;
        this.link = link;
        this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Read by its recipient; reading twice keeps the first time. */
    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() {
        return id;
    }

    Long getRecipientId() {
        return recipientId;
    }

    String getSubjectKey() {
        return subjectKey;
    }

    Object[] arguments() {
        return Wording.stored(subjectKey, args).arguments();
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isUnread() {
        return readAt == null;
    }
}
