package org.gradphoto.portal.notice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gradphoto.portal.RefusedException;

/**
 * A notice (通知公告): a title, a body of plain paragraphs, its attachments, the day it is published and the day it
 * expires, who published it, and who may read it: everyone (also before login) or the people of one institution.
 * Withdrawing hides it everywhere but keeps it, as a record of what was said.
 */
@Entity
@Table(name = "notice")
class Notice {

    static final int MAX_ATTACHMENTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "publisher_zh", nullable = false)
    private String publisherZh;

    @Column(name = "publisher_en", nullable = false)
    private String publisherEn;

    /** The institution whose people may read it; null: everyone. */
    @Column(name = "audience_id")
    private Long audienceId;

    @Column(name = "publish_at", nullable = false)
    private Instant publishAt;

    @Column(name = "expire_at")
    private Instant expireAt;

    @Column(nullable = false)
    private long views;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "notice_attachment", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeAttachment> attachments = new ArrayList<>();

    protected Notice() {
    }

    Notice(NoticeDraft draft, Publisher publisher, List<NoticeAttachment> files, Instant now) {
        Objects.requireNonNull(draft);
        if (files.size() > MAX_ATTACHMENTS) {
            throw new RefusedException("notice.error.attachments");
        }
        this.title = draft.title();
        this.body = draft.body();
        this.audienceId = draft.audienceId();
        this.publishAt = draft.publishAt() == null ? now : draft.publishAt();
        this.expireAt = draft.expireAt();
        this.authorId = publisher.accountId();
        this.publisherZh = publisher.nameZh();
        this.publisherEn = publisher.nameEn();
        this.attachments.addAll(files);
        this.createdAt = now;
    }

    /** Listed and readable now: published, not yet expired, not withdrawn. */
    boolean isShownAt(Instant now) {
        return !withdrawn && !publishAt.isAfter(now) && (expireAt == null || expireAt.isAfter(now));
    }

    /** Who reads it: everyone, or the people of its institution (and whoever published it may always). */
    boolean isFor(Reader reader) {
        return audienceId == null || reader.mayManageAll() || audienceId.equals(reader.institutionId())
                || authorId.equals(reader.accountId());
    }

    /** Withdrawn once: a second withdrawal is refused, so two clicks never look like two decisions. */
    void withdraw() {
        if (withdrawn) {
            throw new RefusedException("notice.error.withdrawn");
        }
        withdrawn = true;
    }

    /** Where the publisher sees it in their list: scheduled, shown, expired or withdrawn. */
    NoticeState stateAt(Instant now) {
        if (withdrawn) {
            return NoticeState.WITHDRAWN;
        }
        if (publishAt.isAfter(now)) {
            return NoticeState.SCHEDULED;
        }
        return expireAt != null && !expireAt.isAfter(now) ? NoticeState.EXPIRED : NoticeState.SHOWN;
    }

    /** The body's paragraphs, as written (blank lines separate them); shown as text, never as HTML. */
    List<String> paragraphs() {
        return List.of(body.split("\\n\\s*\\n")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    String publisher(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? publisherZh : publisherEn;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    Long getAuthorId() {
        return authorId;
    }

    Long getAudienceId() {
        return audienceId;
    }

    Instant getPublishAt() {
        return publishAt;
    }

    Instant getExpireAt() {
        return expireAt;
    }

    long getViews() {
        return views;
    }

    boolean isWithdrawn() {
        return withdrawn;
    }

    List<NoticeAttachment> getAttachments() {
        return attachments;
    }
}
