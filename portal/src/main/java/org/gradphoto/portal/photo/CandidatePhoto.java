package org.gradphoto.portal.photo;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Role;

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

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private Category rejectReason;

    @Column(name = "reject_text", length = 500)
    private String rejectText;

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
        current = upload;
        status = ReviewStatus.DRAFT;
        submittedAt = null;
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
        decidedAt = null;
        decidedBy = null;
        rejectReason = null;
        rejectText = null;
    }

    /** 审核通过. */
    public void approve(Account reviewer, Instant now) {
        decide(reviewer, now);
        status = ReviewStatus.APPROVED;
    }

    /** 审核不通过, with one of the standard's categories and, for 其他, a sentence saying what is wrong. */
    public void reject(Account reviewer, Category reason, String text, Instant now) {
        if (reason == null) {
            throw new PhotoStateException("review.error.reason");
        }
        String t = text == null ? "" : text.strip();
        if (reason == Category.OTHER && t.isEmpty()) {
            throw new PhotoStateException("review.error.text");
        }
        if (t.length() > 500) {
            throw new PhotoStateException("review.error.text_long");
        }
        decide(reviewer, now);
        status = ReviewStatus.REJECTED;
        rejectReason = reason;
        rejectText = t.isEmpty() ? null : t;
    }

    private void decide(Account reviewer, Instant now) {
        if (!reviewer.mayReview(candidate)) {
            throw new IllegalArgumentException("reviewer outside their scope");
        }
        if (status != ReviewStatus.PENDING) {
            throw new PhotoStateException(status == ReviewStatus.APPROVED || status == ReviewStatus.REJECTED
                    ? "review.error.already_decided" : "review.error.not_pending");
        }
        decidedAt = now;
        decidedBy = reviewer;
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
        return decidedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Category getRejectReason() {
        return rejectReason;
    }

    public String getRejectText() {
        return rejectText;
    }

    public long getVersion() {
        return version;
    }
}
