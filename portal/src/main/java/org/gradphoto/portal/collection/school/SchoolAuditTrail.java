package org.gradphoto.portal.collection.school;

import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.collection.SchoolActivity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes what students and the online collection did into the school's audit trail: after their change committed,
 * on another thread, its publication kept by the event registry until the line is written.
 */
@Component
class SchoolAuditTrail {

    private final SchoolAuditRepository audit;
    private final InstitutionRepository institutions;
    private final AccountRepository accounts;

    SchoolAuditTrail(SchoolAuditRepository audit, InstitutionRepository institutions, AccountRepository accounts) {
        this.audit = audit;
        this.institutions = institutions;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(SchoolActivity e) {
        audit.save(new SchoolAudit(institutions.getReferenceById(e.ownerId()),
                e.actorId() == null ? null : accounts.getReferenceById(e.actorId()), e.at(), e.action(), e.target(),
                e.detail()));
    }
}
