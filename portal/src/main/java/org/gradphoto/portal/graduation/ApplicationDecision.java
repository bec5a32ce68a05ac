package org.gradphoto.portal.graduation;

import jakarta.persistence.AssociationOverride;
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
import java.time.Instant;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.decision.OfficeDecision;

/** The audit trail of an application: every move, who made it, when, and why. Never changed. */
@Entity
@Table(name = "application_decision")
public class ApplicationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GraduationApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private AppStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AppStatus to;

    /** Who moved it (null for the system: an application lapsing on its day), when, and why. */
    @Embedded
    @AssociationOverride(name = "decidedBy", joinColumns = @JoinColumn(name = "actor_id"))
    private OfficeDecision decision;

    protected ApplicationDecision() {
    }

    ApplicationDecision(GraduationApplication application, AppStatus from, AppStatus to, Account actor, Instant at,
            String reason) {
        this.application = application;
        this.from = from;
        this.to = to;
        this.decision = OfficeDecision.perhapsBecause(actor, at, reason);
    }

    public Long getId() {
        return id;
    }

    public AppStatus getFrom() {
        return from;
    }

    public AppStatus getTo() {
        return to;
    }

    public Account getActor() {
        return decision.getDecidedBy();
    }

    public Instant getDecidedAt() {
        return decision.getDecidedAt();
    }

    public String getReason() {
        return decision.getReason();
    }
}
