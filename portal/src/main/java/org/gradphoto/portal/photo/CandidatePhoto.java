package org.gradphoto.portal.photo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.decision.OfficeDecision;

/**
 * A candidate's registration photo and where its review stands. Every change is a method that refuses what the
 * current state does not allow: upload while the window is open and the photo is not yet approved; submit a
 * checked, readable photo once; a reviewer approves or rejects (with a reason) a submitted photo once. The
 * version column makes two reviewers acting at once see that the other was first.
 */
@Entity
@Table(name = "candidate_photo")
public class CandidatePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", unique = true)
    private Account candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.NONE;

    @ManyToOne
    @JoinColumn(name = "current_upload_id")
    private PhotoUpload current;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the candidate withdrew a submission by uploading anew (it stays visible to reviewers as withdrawn). */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The reviewer's decision on the current submission; its reason is the rejection's sentence. */
    @Embedded
    @AttributeOverride(name = "reason", column = @Column(name = "reject_text", length = OfficeDecision.MAX_REASON))
    private OfficeDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private RejectReason rejectReason;

    @Version
    private long version;

    protected CandidatePhoto() {
    }

    public CandidatePhoto(Account candidate) {
        if (candidate.getRole() != Role.CANDIDATE) {
            throw new IllegalArgumentException("only candidates have a registration photo");
        }
        this.candidate = candidate;
    }

    /**
     * A new upload becomes the current photo. A submitted photo goes back to draft (the reviewer must see what
     * will be used); an approved photo is final.
     */
    public void replace(PhotoUpload upload, UploadWindow window, Instant now) {
        if (!window.isOpen(now)) {
            throw new PhotoStateException("photo.error.deadline");
        }
        if (status == ReviewStatus.APPROVED) {
            throw new PhotoStateException("photo.error.approved");
        }
        if (!upload.getCandidate().getId().equals(candidate.getId())) {
            throw new IllegalArgumentException("an upload of someone else");
        }
        if (status == ReviewStatus.PENDING) {
            withdrawnAt = now;
        }
        current = upload;
        status = ReviewStatus.DRAFT;
        submittedAt = null;
    }

    /** A submission the candidate withdrew by uploading a new photo, not submitted again yet. */
    public boolean isWithdrawn() {
        return status == ReviewStatus.DRAFT && withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    /** The current draft goes to the reviewers (待审核). */
    public void submit(UploadWindow window, Instant now) {
        if (!window.isOpen(now)) {
            throw new PhotoStateException("photo.error.deadline");
        }
        if (status != ReviewStatus.DRAFT || current == null) {
            throw new PhotoStateException(status == ReviewStatus.PENDING ? "photo.error.already_submitted"
                    : "photo.error.nothing_to_submit");
        }
        if (current.getVerdict() == Verdict.UNREADABLE) {
            throw new PhotoStateException("photo.error.unreadable");
        }
        status = ReviewStatus.PENDING;
        submittedAt = now;
        withdrawnAt = null;
        decision = null;
        rejectReason = null;
    }

    /** 审核通过. */
    public void approve(Account reviewer, Instant now) {
        mayDecide(reviewer);
        decision = OfficeDecision.without(reviewer, now);
        status = ReviewStatus.APPROVED;
    }

    /** 审核不通过, with one of the reasons and, for 其他, a sentence saying what is wrong. */
    public void reject(Account reviewer, RejectReason reason, String text, Instant now) {
        if (reason == null) {
            throw new PhotoStateException("review.error.reason");
        }
        String t = OfficeDecision.optionalReason(text);
        if (reason.needsText() && t == null) {
            throw new PhotoStateException("review.error.text");
        }
        mayDecide(reviewer);
        decision = OfficeDecision.perhapsBecause(reviewer, now, t);
        status = ReviewStatus.REJECTED;
        rejectReason = reason;
    }

    private void mayDecide(Account reviewer) {
        OfficeDecision.requireScope(reviewer, candidate);
        if (status != ReviewStatus.PENDING) {
            throw new PhotoStateException(status == ReviewStatus.APPROVED || status == ReviewStatus.REJECTED
                    ? "review.error.already_decided" : "review.error.not_pending");
        }
    }

    public Long getId() {
        return id;
    }

    public Account getCandidate() {
        return candidate;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public PhotoUpload getCurrent() {
        return current;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decision == null ? null : decision.getDecidedAt();
    }

    public Account getDecidedBy() {
        return decision == null ? null : decision.getDecidedBy();
    }

    public RejectReason getRejectReason() {
        return rejectReason;
    }

    public String getRejectText() {
        return decision == null ? null : decision.getReason();
    }

    public long getVersion() {
        return version;
    }
}
