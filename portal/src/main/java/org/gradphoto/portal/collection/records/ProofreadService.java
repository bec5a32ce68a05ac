package org.gradphoto.portal.collection.records;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.ProofreadWindow;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.collection.SchoolAction;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.SchoolActivity;
import org.gradphoto.portal.collection.linking.LinkingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's proofreading (校对, seed 003 第四步): their records, found by the ID number and name they
 * registered with, each with the photo linked to it; 正确 or an error reported with a note, for the record and for
 * the photo. A student only ever reaches records with their own ID number and name.
 */
@Service
@Transactional
class ProofreadService {

    private final AccountRepository accounts;
    private final StudentRecordRepository records;
    private final LinkingService linking;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ProofreadService(AccountRepository accounts, StudentRecordRepository records, LinkingService linking,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.linking = linking;
        this.events = events;
        this.clock = clock;
    }

    /** A record with the photo linked to it now (if any) and how its proofreading stands. */
    public record Proof(StudentRecord record, CollectedPhoto photo, Check photoCheck, ProofreadWindow window) {
    }

    @Transactional(readOnly = true)
    public List<Proof> mine(Long accountId) {
        Account student = student(accountId);
        return records.findByIdNumberAndCancelledFalse(student.getIdNumber()).stream()
                .filter(r -> r.isOf(student.getIdNumber(), student.getName())).map(this::proof).toList();
    }

    private Proof proof(StudentRecord r) {
        Optional<CollectedPhoto> photo = linking.linkedPhoto(r);
        photo.ifPresent(p -> p.getFile().getContentType());
        return new Proof(r, photo.orElse(null), r.photoCheckFor(photo.map(CollectedPhoto::getId).orElse(null)),
                r.getOwner().proofreadWindow());
    }

    /** One of the student's own records; anyone else's is not found. */
    @Transactional(readOnly = true)
    public Proof one(Long accountId, Long recordId) {
        Account student = student(accountId);
        StudentRecord r = own(student, recordId);
        return proof(r);
    }

    public void confirmRecord(Long accountId, Long recordId, long version) {
        change(accountId, recordId, version, (r, w, now) -> r.confirmRecord(w, now), SchoolAction.CONFIRM_RECORD, null);
    }

    public void reportRecord(Long accountId, Long recordId, long version, String note) {
        change(accountId, recordId, version, (r, w, now) -> r.reportRecord(note, w, now), SchoolAction.REPORT_RECORD, note);
    }

    public void confirmPhoto(Long accountId, Long recordId, long version) {
        change(accountId, recordId, version, (r, w, now) -> r.confirmPhoto(
                linking.linkedPhoto(r).map(CollectedPhoto::getId).orElse(null), w, now), SchoolAction.CONFIRM_PHOTO, null);
    }

    public void reportPhoto(Long accountId, Long recordId, long version, String note) {
        change(accountId, recordId, version, (r, w, now) -> r.reportPhoto(note, w, now), SchoolAction.REPORT_PHOTO, note);
    }

    private interface Change {
        void apply(StudentRecord r, ProofreadWindow w, Instant now);
    }

    private void change(Long accountId, Long recordId, long version, Change change, SchoolAction action, String note) {
        Account student = student(accountId);
        StudentRecord r = own(student, recordId);
        if (r.getVersion() != version) {
            throw new RefusedException("school.error.changed");
        }
        Instant now = clock.instant();
        change.apply(r, r.getOwner().proofreadWindow(), now);
        events.publishEvent(new SchoolActivity(r.getOwner().getId(), student.getId(), now, action, r.auditName(),
                note == null ? null : Wording.of("audit.student_note", note)));
    }

    private Account student(Long accountId) {
        Account a = accounts.require(accountId);
        if (a.getRole() != Role.CANDIDATE || a.getIdNumber() == null) {
            throw new NotFoundException();
        }
        return a;
    }

    private StudentRecord own(Account student, Long recordId) {
        return records.findById(recordId).filter(r -> !r.isCancelled() && r.isOf(student.getIdNumber(), student.getName()))
                .orElseThrow(NotFoundException::new);
    }
}
