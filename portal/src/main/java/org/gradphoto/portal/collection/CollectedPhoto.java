package org.gradphoto.portal.collection;

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
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.files.StoredFile;

/**
 * A photo collected for a school with the data it was collected under (school code, name, ID number, as the
 * studio's data sheet or the collection code gave them). Linking to a record uses that data; the school corrects
 * it when it is wrong, or deletes a photo it does not keep. An online upload is a draft until the student submits.
 */
@Entity
@Table(name = "collected_photo")
public class CollectedPhoto {

    /** Where it came from. */
    public enum Source {
        STUDIO,
        ONLINE
    }

    /** A draft (online, not yet submitted) is seen by nobody but the student; a deleted photo by the audit only. */
    public enum State {
        DRAFT,
        COLLECTED,
        DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Institution owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "school_code", nullable = false)
    private String schoolCode;

    @Column(nullable = false)
    private String name;

    private String gender;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(name = "student_number")
    private String studentNumber;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_key")
    private StoredFile file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    @Column(name = "inspection_json")
    private String inspectionJson;

    @ManyToOne
    @JoinColumn(name = "fix_key")
    private StoredFile fix;

    @Enumerated(EnumType.STRING)
    @Column(name = "fix_verdict")
    private Verdict fixVerdict;

    @Column(name = "collected_at", nullable = false)
    private Instant collectedAt;

    @Version
    private long version;

    protected CollectedPhoto() {
    }

    public CollectedPhoto(Institution owner, Source source, CollectionData data, String fileName, StoredFile file, Verdict verdict,
            String inspectionJson, Instant now) {
        this.owner = owner;
        this.source = source;
        this.state = source == Source.ONLINE ? State.DRAFT : State.COLLECTED;
        apply(data);
        this.fileName = fileName;
        this.file = file;
        this.verdict = verdict;
        this.inspectionJson = inspectionJson;
        this.collectedAt = now;
    }

    /** The data a photo was collected under. The ID number is kept as given (a wrong one is what linking reports). */
    public record CollectionData(String schoolCode, String name, String gender, String idNumber, String studentNumber) {

        public CollectionData {
            if (schoolCode == null || !schoolCode.strip().matches("\\d{5}")) {
                throw new RefusedException("collection.error.school_code");
            }
            if (idNumber == null || idNumber.isBlank()) {
                throw new RefusedException("id.number.missing");
            }
            if (idNumber.strip().length() > 32) {
                throw new RefusedException("collection.error.id_number");
            }
            schoolCode = schoolCode.strip();
            idNumber = IdNumber.normalise(idNumber).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
            name = name == null ? "" : name.strip();
            if (name.length() > 60) {
                throw new RefusedException("collection.error.name");
            }
            gender = gender == null || gender.isBlank() ? null : gender.strip();
            studentNumber = studentNumber == null || studentNumber.isBlank() ? null : studentNumber.strip();
        }
    }

    private void apply(CollectionData d) {
        this.schoolCode = d.schoolCode();
        this.name = d.name();
        this.gender = d.gender();
        this.idNumber = d.idNumber();
        this.studentNumber = d.studentNumber();
    }

    /** The fixed version offered with an online upload. */
    public void offerFix(StoredFile fixed, Verdict verdict) {
        this.fix = fixed;
        this.fixVerdict = verdict;
    }

    /** The student takes the fixed version instead (a draft only). */
    public void useFix() {
        if (state != State.DRAFT || fix == null) {
            throw new RefusedException("collection.error.no_fix");
        }
        this.file = fix;
        this.verdict = fixVerdict;
        this.inspectionJson = null;
        this.fileName = fileName.replaceFirst("(\\.[^.]*)?$", "-fixed.jpg");
        this.fix = null;
        this.fixVerdict = null;
    }

    /** The student submits the draft: from now on it is collected and links. */
    public void submit(Instant now) {
        if (state != State.DRAFT) {
            throw new RefusedException("collection.error.not_draft");
        }
        if (verdict == Verdict.UNREADABLE || verdict == Verdict.FAIL) {
            throw new RefusedException("collection.error.failing");
        }
        state = State.COLLECTED;
        collectedAt = now;
    }

    /** A draft replaced by a newer upload of the same student. */
    public void discard() {
        if (state != State.DRAFT) {
            throw new RefusedException("collection.error.not_draft");
        }
        state = State.DELETED;
    }

    /** The school corrects the data the photo was collected under (wrong name, ID or branch school code). */
    public void correct(CollectionData d) {
        if (state != State.COLLECTED) {
            throw new RefusedException("collection.error.not_collected");
        }
        apply(d);
    }

    /** The school deletes a photo it does not keep (a duplicate, a wrong person). */
    public void delete() {
        if (state != State.COLLECTED) {
            throw new RefusedException("collection.error.not_collected");
        }
        state = State.DELETED;
    }

    public CollectionData data() {
        return new CollectionData(schoolCode, name, gender, idNumber, studentNumber);
    }

    /** How an audit line names the photo: whose it is, by the data it was collected under, never the row id. */
    public Wording auditName() {
        return Wording.of("audit.photo", name, IdNumber.mask(idNumber));
    }

    public Long getId() {
        return id;
    }

    public Institution getOwner() {
        return owner;
    }

    public Source getSource() {
        return source;
    }

    public State getState() {
        return state;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
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

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getInspectionJson() {
        return inspectionJson;
    }

    public StoredFile getFix() {
        return fix;
    }

    public Verdict getFixVerdict() {
        return fixVerdict;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public long getVersion() {
        return version;
    }
}
