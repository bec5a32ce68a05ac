package org.gradphoto.portal.collection.school;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.ProofreadWindow;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.collection.SchoolAction;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.CollectionCode;
import org.gradphoto.portal.collection.CollectionCodeRepository;
import org.gradphoto.portal.collection.RecordDecided;
import org.gradphoto.portal.collection.linking.LinkingService;
import org.gradphoto.portal.collection.records.RecordDetails;
import org.gradphoto.portal.collection.records.RecordImport;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.gradphoto.portal.table.RowProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a school's photo office does to its data: import records, issue and revoke collection codes, fix what did
 * not link (correct a photo's collection data, delete a photo, cancel a duplicate record, correct a record), set
 * the feature code and the proofreading window. Every change is audited; a change based on a stale page (another
 * officer changed it meanwhile) is refused.
 */
@Service
@Transactional
public class SchoolService {

    private final AccountRepository accounts;
    private final InstitutionRepository institutions;
    private final StudentRecordRepository records;
    private final CollectedPhotoRepository photos;
    private final CollectionCodeRepository codes;
    private final SchoolAuditRepository audit;
    private final LinkingService linking;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SchoolService(AccountRepository accounts, InstitutionRepository institutions, StudentRecordRepository records,
            CollectedPhotoRepository photos, CollectionCodeRepository codes, SchoolAuditRepository audit, LinkingService linking,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.institutions = institutions;
        this.records = records;
        this.photos = photos;
        this.codes = codes;
        this.audit = audit;
        this.linking = linking;
        this.clock = clock;
    }

    /** The school whose photo office this account is. */
    @Transactional(readOnly = true)
    public Institution school(Long accountId) {
        Account a = officer(accountId);
        return institutions.findById(a.getInstitution().getId()).orElseThrow();
    }

    Account officer(Long accountId) {
        Account a = accounts.require(accountId);
        if (a.getRole() != Role.SCHOOL || a.getInstitution() == null) {
            throw new NotFoundException();
        }
        return a;
    }

    @Transactional(readOnly = true)
    public List<Institution> branches(Institution school) {
        return institutions.findByParentOrderByCode(school);
    }

    @Transactional(readOnly = true)
    public Set<String> schoolCodes(Institution school) {
        return RecordImport.codesOf(school, branches(school));
    }

    /** What an import did. */
    public record ImportSummary(int rowsRead, int added, int corrected, List<RowProblem> problems) implements java.io.Serializable {
    }

    /** Imports records: nothing when a row has a problem; otherwise adds new ones and corrects known ones. */
    public ImportSummary importRecords(Long accountId, byte[] bytes, String fileName) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        requireOpen(school);
        RecordImport.Result r = RecordImport.read(bytes, fileName, schoolCodes(school));
        if (!r.problems().isEmpty()) {
            return new ImportSummary(r.rowsRead(), 0, 0, r.problems());
        }
        Map<String, StudentRecord> known = records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(school).stream()
                .filter(x -> !x.isCancelled())
                .collect(Collectors.toMap(x -> x.getSchoolCode() + "/" + x.getStudentNumber(), Function.identity(), (a, b) -> a));
        int added = 0;
        int corrected = 0;
        Instant now = clock.instant();
        for (RecordImport.Row row : r.rows()) {
            StudentRecord existing = known.get(row.details().schoolCode() + "/" + row.details().studentNumber());
            if (existing == null) {
                records.save(new StudentRecord(school, row.details()));
                added++;
            } else if (!same(existing, row.details())) {
                existing.correct(row.details(), school.proofreadWindow(), now);
                corrected++;
            }
        }
        log(school, officer, SchoolAction.IMPORT_RECORDS, Wording.of("audit.file", fileName == null ? "" : fileName),
                Wording.of("audit.records_imported", r.rowsRead(), added, corrected));
        return new ImportSummary(r.rowsRead(), added, corrected, List.of());
    }

    private static boolean same(StudentRecord r, RecordDetails d) {
        return r.getName().equals(d.name()) && r.getGender() == d.gender() && r.getIdNumber().equals(d.id().number())
                && r.getIdType() == d.id().type() && r.getMajor().equals(d.major()) && java.util.Objects.equals(r.getClassName(), d.className())
                && r.getLevel().equals(d.level()) && r.getGraduationYear() == d.graduationYear();
    }

    /** Corrects the data a photo was collected under (name, ID number, school code). */
    public void correctPhoto(Long accountId, Long photoId, long version, CollectedPhoto.CollectionData data) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        requireOpen(school);
        if (!schoolCodes(school).contains(data.schoolCode())) {
            throw new RefusedException("collection.error.school_code");
        }
        CollectedPhoto p = photo(school, photoId, version);
        Wording target = p.auditName();
        String before = describe(p.data());
        p.correct(data);
        log(school, officer, SchoolAction.CORRECT_PHOTO, target, Wording.of("audit.changed", before, describe(data)));
    }

    /** Deletes a photo the school does not keep (one of several for a record, a wrong person). */
    public void deletePhoto(Long accountId, Long photoId, long version) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        requireOpen(school);
        CollectedPhoto p = photo(school, photoId, version);
        p.delete();
        log(school, officer, SchoolAction.DELETE_PHOTO, p.auditName(), Wording.of("audit.collected_as", describe(p.data())));
    }

    /**
     * 重新采集 for a record whose student reported the photo wrong (or any record the school wants photographed
     * again): the photo linked now is set aside (kept, no longer linked), the record's codes are revoked and a new one
     * is issued for {@code days}; the next photo collected, online or from a studio, links and is proofread afresh.
     */
    public CollectionCode recollectPhoto(Long accountId, Long recordId, long version, int days) {
        if (days < 1 || days > 365) {
            throw new RefusedException("school.error.code_days");
        }
        Account officer = officer(accountId);
        Institution school = school(accountId);
        requireOpen(school);
        StudentRecord r = record(school, recordId, version);
        Instant now = clock.instant();
        r.recollect(school.proofreadWindow(), now);
        Optional<CollectedPhoto> linked = linking.linkedPhoto(r);
        linked.ifPresent(CollectedPhoto::delete);
        codes.findByRecord(r).forEach(c -> c.revoke(now));
        CollectionCode code = codes.save(new CollectionCode(r, now, now.plus(java.time.Duration.ofDays(days))));
        log(school, officer, SchoolAction.RECOLLECT_PHOTO, r.auditName(), Wording.of(linked.isPresent()
                ? "audit.recollected" : "audit.recollected_first", days));
        tellStudent(school, r, RecordDecided.RECOLLECT);
        return code;
    }

    /** Cancels a record (a duplicate registration). */
    public void cancelRecord(Long accountId, Long recordId, long version) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        StudentRecord r = record(school, recordId, version);
        r.cancel(school.proofreadWindow(), clock.instant());
        codes.findByRecord(r).forEach(c -> c.revoke(clock.instant()));
        log(school, officer, SchoolAction.CANCEL_RECORD, r.auditName(), Wording.of("audit.school_code", r.getSchoolCode()));
        tellStudent(school, r, RecordDecided.CANCELLED);
    }

    /** The student whose record it is, if they have an account, is told (message box and mail). */
    private void tellStudent(Institution school, StudentRecord r, String outcome) {
        accounts.findByUsername(r.getIdNumber()).filter(a -> a.getRole() == Role.CANDIDATE)
                .filter(a -> r.isOf(a.getIdNumber(), a.getName()))
                .ifPresent(a -> events.publishEvent(new RecordDecided(a.getId(), r.getId(), outcome, school.getNameZh(),
                        school.getNameEn(), clock.instant())));
    }

    /** 勘误: corrects a record the student reported; the student proofreads it again. */
    public void correctRecord(Long accountId, Long recordId, long version, RecordDetails d) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        if (!schoolCodes(school).contains(d.schoolCode())) {
            throw new RefusedException("collection.error.school_code");
        }
        StudentRecord r = record(school, recordId, version);
        Wording target = r.auditName();
        String before = r.getSchoolCode() + " " + r.getName() + " " + r.getMaskedIdNumber() + " " + r.getMajor();
        r.correct(d, school.proofreadWindow(), clock.instant());
        log(school, officer, SchoolAction.CORRECT_RECORD, target, Wording.of("audit.changed", before, d.schoolCode() + " " + d.name() + " "
                + d.id().masked() + " " + d.major()));
        tellStudent(school, r, RecordDecided.CORRECTED);
    }

    /** The feature code students enter with their collection code, and the proofreading window. */
    public void settings(Long accountId, String featureCode, Instant deadline, Instant lockDate) {
        Account officer = officer(accountId);
        Institution school = school(accountId);
        ProofreadWindow w;
        try {
            w = new ProofreadWindow(deadline, lockDate);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("school.error.window");
        }
        school.useFeatureCode(featureCode);
        school.useProofreadWindow(w);
        for (Institution b : branches(school)) {
            b.useFeatureCode(featureCode);
            b.useProofreadWindow(w);
        }
        log(school, officer, SchoolAction.SETTINGS, Wording.of("audit.school_code", school.getCode()),
                Wording.of("audit.settings", shown(deadline), shown(lockDate)));
    }

    @Transactional(readOnly = true)
    public List<SchoolAudit> auditTrail(Long accountId) {
        List<SchoolAudit> list = audit.findTop200ByOwnerOrderByIdDesc(school(accountId));
        list.forEach(a -> Optional.ofNullable(a.getActor()).map(Account::getName));
        return list;
    }

    /** One of the school's active records; a cancelled one or another school's is not found. */
    @Transactional(readOnly = true)
    public StudentRecord record(Long accountId, Long recordId) {
        Institution school = school(accountId);
        return records.findById(recordId).filter(r -> !r.isCancelled() && r.getOwner().getId().equals(school.getId()))
                .orElseThrow(NotFoundException::new);
    }

    /** The photo linked to the record now (reads only its ID number's rows, not the whole school). */
    @Transactional(readOnly = true)
    public Optional<CollectedPhoto> linkedPhoto(StudentRecord r) {
        return linking.linkedPhoto(r);
    }

    @Transactional(readOnly = true)
    public LinkingService.Linking linking(Long accountId) {
        return linking.link(school(accountId));
    }

    private void requireOpen(Institution school) {
        if (!school.proofreadWindow().schoolMayChange(clock.instant())) {
            throw new RefusedException("records.error.locked");
        }
    }

    private CollectedPhoto photo(Institution school, Long id, long version) {
        CollectedPhoto p = photos.findById(id).filter(x -> x.getOwner().getId().equals(school.getId())).orElseThrow(NotFoundException::new);
        if (p.getVersion() != version) {
            throw new RefusedException("school.error.changed");
        }
        return p;
    }

    private StudentRecord record(Institution school, Long id, long version) {
        StudentRecord r = records.findById(id).filter(x -> x.getOwner().getId().equals(school.getId())).orElseThrow(NotFoundException::new);
        if (r.getVersion() != version) {
            throw new RefusedException("school.error.changed");
        }
        return r;
    }

    private static String describe(CollectedPhoto.CollectionData d) {
        return d.schoolCode() + " " + d.name() + " " + org.gradphoto.engine.identity.IdNumber.mask(d.idNumber());
    }

    /** A moment of an audit line, in China's time to the minute; a dash when none. */
    private static String shown(Instant t) {
        return t == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(org.gradphoto.portal.PortalTime.ZONE).format(t);
    }

    void log(Institution school, Account actor, SchoolAction action, Wording target, Wording detail) {
        audit.save(new SchoolAudit(school, actor, clock.instant(), action, target, detail));
    }
}
