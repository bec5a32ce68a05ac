package org.gradphoto.portal.collection.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;

/** One action of a school's photo office or of a student on the school's data, kept for good. */
@Entity
@Table(name = "school_audit")
public class SchoolAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Institution owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    private String detail;

    protected SchoolAudit() {
    }

    public SchoolAudit(Institution owner, Account actor, Instant at, String action, String target, String detail) {
        this.owner = owner;
        this.actor = actor;
        this.at = at;
        this.action = action;
        // what the office named (a zip's file name) may be long; the trail keeps its end, which tells it apart
        this.target = target == null || target.length() <= 80 ? target : "…" + target.substring(target.length() - 79);
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Account getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
