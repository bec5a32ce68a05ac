package org.gradphoto.portal.collection.school;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.SchoolAction;
import org.gradphoto.portal.collection.CollectionCode;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.CollectionCodeRepository;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's collection codes (采集码): issued to its records, revoked, listed; each action in the audit trail. */
@Service
@Transactional
public class SchoolCodes {

    /** Collection codes are valid this long unless the school says otherwise. */
    public static final int DEFAULT_CODE_DAYS = 30;

    private final SchoolService schools;
    private final StudentRecordRepository records;
    private final CollectionCodeRepository codes;
    private final CollectedPhotoRepository photos;
    private final Clock clock;

    SchoolCodes(SchoolService schools, StudentRecordRepository records, CollectionCodeRepository codes,
            CollectedPhotoRepository photos, Clock clock) {
        this.photos = photos;
        this.schools = schools;
        this.records = records;
        this.codes = codes;
        this.clock = clock;
    }

    /** A code for every active record that has no usable one; returns how many were issued. */
    public int issueCodes(Long accountId, int days) {
        return issueCodes(accountId, days, null);
    }

    /**
     * A code for each active record of the school (of one class, when {@code className} is given) whose student has
     * not been collected yet and has no usable code: a valid code keeps its validity, a student who finished gets
     * none. Returns how many were issued.
     */
    public int issueCodes(Long accountId, int days, String className) {
        if (days < 1 || days > 365) {
            throw new RefusedException("school.error.code_days");
        }
        Account officer = schools.officer(accountId);
        Institution school = schools.school(accountId);
        Instant now = clock.instant();
        List<CollectionCode> all = codes.ofSchool(school);
        Set<Long> covered = all.stream().filter(c -> c.usable(now) || c.getUsedAt() != null).map(c -> c.getRecord().getId())
                .collect(Collectors.toSet());
        Set<String> collected = photos.findByOwnerAndStateOrderById(school, CollectedPhoto.State.COLLECTED).stream()
                .map(CollectedPhoto::getIdNumber).collect(Collectors.toSet());
        String onlyClass = className == null || className.isBlank() ? null : className.strip();
        int n = 0;
        for (StudentRecord r : records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(school)) {
            if (r.isCancelled() || covered.contains(r.getId()) || collected.contains(r.getIdNumber())
                    || (onlyClass != null && !onlyClass.equals(r.getClassName()))) {
                continue;
            }
            codes.save(new CollectionCode(r, now, now.plus(Duration.ofDays(days))));
            n++;
        }
        schools.log(school, officer, SchoolAction.ISSUE_CODES, onlyClass == null ? Wording.of("audit.codes", n)
                : Wording.of("audit.codes_for_class", n, onlyClass), Wording.of("audit.valid_days", days));
        return n;
    }

    /** The classes of the school's active records, for issuing codes class by class. */
    @Transactional(readOnly = true)
    public List<String> classes(Long accountId) {
        return records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(schools.school(accountId)).stream()
                .filter(r -> !r.isCancelled()).map(StudentRecord::getClassName).filter(c -> c != null && !c.isBlank())
                .distinct().sorted().toList();
    }

    public void revokeCode(Long accountId, Long codeId) {
        Account officer = schools.officer(accountId);
        Institution school = schools.school(accountId);
        CollectionCode c = ownCode(school, codeId);
        c.revoke(clock.instant());
        schools.log(school, officer, SchoolAction.REVOKE_CODE, c.getRecord().auditName(),
                Wording.of("audit.code_start", c.getCode().substring(0, 4)));
    }

    @Transactional(readOnly = true)
    public List<CollectionCode> codes(Long accountId) {
        return codes.ofSchool(schools.school(accountId));
    }

    /** One of the school's codes, with its record. */
    @Transactional(readOnly = true)
    public CollectionCode code(Long accountId, Long codeId) {
        CollectionCode c = ownCode(schools.school(accountId), codeId);
        c.getRecord().getName();
        return c;
    }

    /** The codes of one of the school's records. */
    @Transactional(readOnly = true)
    public List<CollectionCode> codesOf(Long accountId, Long recordId) {
        Institution school = schools.school(accountId);
        return records.findById(recordId).filter(r -> r.getOwner().getId().equals(school.getId())).map(codes::findByRecord)
                .orElse(List.of());
    }

    /** One of the school's own codes; any other is "not found". */
    private CollectionCode ownCode(Institution school, Long codeId) {
        return codes.findById(codeId).filter(x -> x.getRecord().getOwner().getId().equals(school.getId()))
                .orElseThrow(NotFoundException::new);
    }
}
