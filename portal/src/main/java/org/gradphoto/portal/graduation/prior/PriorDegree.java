package org.gradphoto.portal.graduation.prior;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.decision.OfficeDecision;
import org.gradphoto.portal.files.StoredFile;

/**
 * The prior diploma of a candidate applying for a 本科 major: school, certificate number, date, and the uploaded
 * 《教育部学历证书电子注册备案表》 or 《中国高等教育学历认证报告》 (or, for a fresh graduate, the school's certificate).
 * A city office verifies it once, or rejects it with a reason; a rejected one is replaced by a new record.
 */
@Entity
@Table(name = "prior_degree")
public class PriorDegree {

    /** What the candidate shows. */
    public enum Kind {
        /** The diploma with its registration record or verification report. */
        DIPLOMA,
        /** 应届毕业生: the school's certificate; the diploma must be verified by the round's day (spring only). */
        FRESH_GRADUATE
    }

    /** Where the verification stands. */
    public enum Status {
        PENDING, VERIFIED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String school;

    @Column(name = "certificate_number", nullable = false)
    private String certificateNumber;

    /** The diploma's date (for a fresh graduate: the expected graduation day). */
    @Column(name = "graduated_on", nullable = false)
    private LocalDate graduatedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attachment_key")
    private StoredFile attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The office's decision; null while it is pending. */
    @Embedded
    private OfficeDecision decision;

    @Version
    private long version;

    protected PriorDegree() {
    }

    public PriorDegree(Account candidate, Kind kind, String school, String certificateNumber, LocalDate graduatedOn,
            StoredFile attachment, Instant now) {
        if (kind == null || school == null || school.isBlank() || graduatedOn == null || attachment == null) {
            throw new RefusedException("prior.error.incomplete");
        }
        String number = certificateNumber == null ? "" : certificateNumber.strip();
        if (kind == Kind.DIPLOMA && !number.matches("[0-9A-Za-z]{6,40}")) {
            throw new RefusedException("prior.error.number");
        }
        this.candidate = candidate;
        this.kind = kind;
        this.school = org.gradphoto.portal.Text.limitedOrRefused(school, 100, "prior.error.school_long");
        this.certificateNumber = number;
        this.graduatedOn = graduatedOn;
        this.attachment = attachment;
        this.createdAt = now;
    }

    public void verify(Account office, Instant now) {
        mayDecide(office);
        decision = OfficeDecision.without(office, now);
        status = Status.VERIFIED;
    }

    public void reject(Account office, String why, Instant now) {
        OfficeDecision d = OfficeDecision.because(office, now, why);
        mayDecide(office);
        decision = d;
        status = Status.REJECTED;
    }

    private void mayDecide(Account office) {
        OfficeDecision.requireScope(office, candidate);
        if (status != Status.PENDING) {
            throw new RefusedException("prior.error.already_decided");
        }
    }

    public Long getId() {
        return id;
    }

    public Account getCandidate() {
        return candidate;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSchool() {
        return school;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getGraduatedOn() {
        return graduatedOn;
    }

    public StoredFile getAttachment() {
        return attachment;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decision == null ? null : decision.getDecidedAt();
    }

    public String getReason() {
        return decision == null ? null : decision.getReason();
    }

    public long getVersion() {
        return version;
    }
}
