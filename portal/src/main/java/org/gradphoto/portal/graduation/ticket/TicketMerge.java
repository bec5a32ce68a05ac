package org.gradphoto.portal.graduation.ticket;

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
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.decision.OfficeDecision;

/**
 * A candidate's request to merge one exam ticket into another (准考证号合并), decided by the city office once:
 * approved (the tickets merge), or refused with a reason.
 */
@Entity
@Table(name = "ticket_merge")
public class TicketMerge {

    /** Where a merge request stands. */
    public enum Status {
        REQUESTED, MERGED, REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_ticket_id")
    private ExamTicket from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "into_ticket_id")
    private ExamTicket into;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** The office's decision; null while it is pending. */
    @Embedded
    private OfficeDecision decision;

    @Version
    private long version;

    protected TicketMerge() {
    }

    public TicketMerge(Account candidate, ExamTicket from, ExamTicket into, Instant now) {
        if (!from.getIdNumber().equals(candidate.getIdNumber()) || !into.getIdNumber().equals(candidate.getIdNumber())) {
            throw new RefusedException("ticket.error.not_yours");
        }
        if (from.getId().equals(into.getId()) || !from.isActive() || !into.isActive()) {
            throw new RefusedException("ticket.error.not_mergeable");
        }
        this.candidate = candidate;
        this.from = from;
        this.into = into;
        this.requestedAt = now;
    }

    public void approve(Account office, Instant now) {
        mayDecide(office);
        decision = OfficeDecision.without(office, now);
        from.mergeInto(into);
        status = Status.MERGED;
    }

    public void refuse(Account office, String why, Instant now) {
        OfficeDecision d = OfficeDecision.because(office, now, why);
        mayDecide(office);
        decision = d;
        status = Status.REFUSED;
    }

    private void mayDecide(Account office) {
        OfficeDecision.requireScope(office, candidate);
        if (status != Status.REQUESTED) {
            throw new RefusedException("merge.error.already_decided");
        }
        if (!from.isActive() || !into.isActive()) {
            throw new RefusedException("ticket.error.not_mergeable");
        }
    }

    public Long getId() {
        return id;
    }

    public Account getCandidate() {
        return candidate;
    }

    public ExamTicket getFrom() {
        return from;
    }

    public ExamTicket getInto() {
        return into;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
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
