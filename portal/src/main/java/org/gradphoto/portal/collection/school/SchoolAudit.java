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
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.SchoolAction;

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

    /** The target's arguments; with {@code target_key} null, a text written before wordings. */
    @Column(nullable = false)
    private String target;

    @Column(name = "target_key")
    private String targetKey;

    private String detail;

    @Column(name = "detail_key")
    private String detailKey;

    protected SchoolAudit() {
    }

    public SchoolAudit(Institution owner, Account actor, Instant at, SchoolAction action, Wording target, Wording detail) {
        this.owner = owner;
        this.actor = actor;
        this.at = at;
        this.action = action.name();
        // what the office named (a zip's file name) may be long; the trail keeps its end, which tells it apart
        String t = target.joinedArgs();
        this.target = t.length() <= 300 ? t : "…" + t.substring(t.length() - 299);
        this.targetKey = target.key();
        if (detail != null) {
            String d = detail.joinedArgs();
            this.detail = d.length() <= 500 ? d : d.substring(0, 500);
            this.detailKey = detail.key();
        }
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

    /** What was acted on, as the page reads it in its language. */
    public Wording getTarget() {
        return Wording.stored(targetKey, target);
    }

    /** Null when the line adds nothing. */
    public Wording getDetail() {
        return detail == null && detailKey == null ? null : Wording.stored(detailKey, detail);
    }
}
