package org.gradphoto.portal.photo.review;

import org.gradphoto.portal.photo.RejectReason;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.PhotoUpload;

/** The audit trail: who decided which upload of whose photo, when, what and why. Written once, never changed. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "photo_id")
    private CandidatePhoto photo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "upload_id")
    private PhotoUpload upload;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reviewer_id")
    private Account reviewer;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    private RejectReason reason;

    @Column(name = "reason_text", length = 500)
    private String reasonText;

    /** True when the decision was one of a bulk approval. */
    @Column(nullable = false)
    private boolean bulk;

    protected ReviewDecision() {
    }

    ReviewDecision(CandidatePhoto photo, Account reviewer, Instant at, Outcome outcome, boolean bulk) {
        this.photo = photo;
        this.upload = photo.getCurrent();
        this.reviewer = reviewer;
        this.decidedAt = at;
        this.outcome = outcome;
        this.reason = photo.getRejectReason();
        this.reasonText = photo.getRejectText();
        this.bulk = bulk;
    }

    public Long getId() {
        return id;
    }

    public CandidatePhoto getPhoto() {
        return photo;
    }

    public PhotoUpload getUpload() {
        return upload;
    }

    public Account getReviewer() {
        return reviewer;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public RejectReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public boolean isBulk() {
        return bulk;
    }
}
