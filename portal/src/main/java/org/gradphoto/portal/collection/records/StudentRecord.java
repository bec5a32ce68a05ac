package org.gradphoto.portal.collection.records;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.ProofreadWindow;

/**
 * One student's record (学籍) as the school registered it, and the student's proofreading of it and of the photo
 * linked to it. A photo confirmation holds for the photo confirmed: when the linked photo changes, the photo is
 * unchecked again; a correction by the school unchecks the record. Changes obey the school's window.
 */
@Entity
@Table(name = "student_record")
public class StudentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The school that imported it (a main school also holds its branch college's records). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Institution owner;

    @Column(name = "school_code", nullable = false)
    private String schoolCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    private org.gradphoto.portal.account.IdType idType;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(name = "student_number", nullable = false)
    private String studentNumber;

    @Column(nullable = false)
    private String major;

    @Column(name = "class_name")
    private String className;

    @Column(name = "record_level", nullable = false)
    private String level;

    @Column(name = "graduation_year", nullable = false)
    private int graduationYear;

    @Column(nullable = false)
    private boolean cancelled;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_check", nullable = false)
    private Check recordCheck = Check.UNCHECKED;

    @Column(name = "record_note")
    private String recordNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "photo_check", nullable = false)
    private Check photoCheck = Check.UNCHECKED;

    @Column(name = "photo_note")
    private String photoNote;

    @Column(name = "confirmed_photo_id")
    private Long confirmedPhotoId;

    @Version
    private long version;

    protected StudentRecord() {
    }

    public StudentRecord(Institution owner, RecordDetails d) {
        this.owner = owner;
        apply(d);
    }

    private void apply(RecordDetails d) {
        this.schoolCode = d.schoolCode();
        this.name = d.name();
        this.gender = d.gender();
        this.idType = d.id().type();
        this.idNumber = d.id().number();
        this.studentNumber = d.studentNumber().strip();
        this.major = d.major().strip();
        this.className = d.className();
        this.level = d.level().strip();
        this.graduationYear = d.graduationYear();
    }

    /** 勘误: the school corrects the record; the student proofreads it again. */
    public void correct(RecordDetails d, ProofreadWindow w, Instant now) {
        requireActive();
        if (!w.schoolMayChange(now)) {
            throw new RefusedException("records.error.locked");
        }
        apply(d);
        recordCheck = Check.UNCHECKED;
        recordNote = null;
    }

    /** 重新采集: the photo the student reported is set aside; the next photo collected is proofread afresh. */
    public void recollect(ProofreadWindow w, Instant now) {
        requireActive();
        if (!w.schoolMayChange(now)) {
            throw new RefusedException("records.error.locked");
        }
        photoCheck = Check.UNCHECKED;
        confirmedPhotoId = null;
    }

    /** A duplicate record (two for one person) is cancelled; it no longer links, counts or exports. */
    public void cancel(ProofreadWindow w, Instant now) {
        requireActive();
        if (!w.schoolMayChange(now)) {
            throw new RefusedException("records.error.locked");
        }
        cancelled = true;
    }

    public void confirmRecord(ProofreadWindow w, Instant now) {
        requireProofreading(w, now);
        recordCheck = Check.CONFIRMED;
        recordNote = null;
    }

    public void reportRecord(String note, ProofreadWindow w, Instant now) {
        requireProofreading(w, now);
        recordCheck = Check.REPORTED;
        recordNote = requireNote(note);
    }

    /** 正确 for the photo now linked to the record; there must be one. */
    public void confirmPhoto(Long linkedPhotoId, ProofreadWindow w, Instant now) {
        requireProofreading(w, now);
        if (linkedPhotoId == null) {
            throw new RefusedException("records.error.no_photo");
        }
        photoCheck = Check.CONFIRMED;
        confirmedPhotoId = linkedPhotoId;
        photoNote = null;
    }

    public void reportPhoto(String note, ProofreadWindow w, Instant now) {
        requireProofreading(w, now);
        photoCheck = Check.REPORTED;
        confirmedPhotoId = null;
        photoNote = requireNote(note);
    }

    /** Whether this is the record of the person with this ID number and name (spaces in names do not count). */
    public boolean isOf(String personIdNumber, String personName) {
        return personIdNumber != null && personName != null && idNumber.equals(personIdNumber)
                && name.replaceAll("\\s", "").equals(personName.replaceAll("\\s", ""));
    }

    /** The photo check as it stands for the photo linked now: a confirmation of another photo no longer counts. */
    public Check photoCheckFor(Long linkedPhotoId) {
        if (photoCheck == Check.CONFIRMED && (linkedPhotoId == null || !linkedPhotoId.equals(confirmedPhotoId))) {
            return Check.UNCHECKED;
        }
        return photoCheck;
    }

    /** Record and photo both confirmed by the student: the photo may be exported for registration. */
    public boolean confirmedWith(Long linkedPhotoId) {
        return !cancelled && recordCheck == Check.CONFIRMED && photoCheckFor(linkedPhotoId) == Check.CONFIRMED;
    }

    private void requireActive() {
        if (cancelled) {
            throw new RefusedException("records.error.cancelled");
        }
    }

    private void requireProofreading(ProofreadWindow w, Instant now) {
        requireActive();
        if (!w.studentsMayProofread(now)) {
            throw new RefusedException("records.error.closed");
        }
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new RefusedException("records.error.note_required");
        }
        if (note.length() > 500) {
            throw new RefusedException("records.error.note_too_long");
        }
        return note.strip();
    }

    /** How an audit line names the record: the student and the student number, never the row id. */
    public Wording auditName() {
        return Wording.of("audit.record", name, studentNumber);
    }

    public Long getId() {
        return id;
    }

    public Institution getOwner() {
        return owner;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public org.gradphoto.portal.account.IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getMaskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getMajor() {
        return major;
    }

    public String getClassName() {
        return className;
    }

    public String getLevel() {
        return level;
    }

    public int getGraduationYear() {
        return graduationYear;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Check getRecordCheck() {
        return recordCheck;
    }

    public String getRecordNote() {
        return recordNote;
    }

    public Check getPhotoCheck() {
        return photoCheck;
    }

    public String getPhotoNote() {
        return photoNote;
    }

    public Long getConfirmedPhotoId() {
        return confirmedPhotoId;
    }

    public long getVersion() {
        return version;
    }
}
