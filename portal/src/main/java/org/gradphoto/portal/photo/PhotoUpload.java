package org.gradphoto.portal.photo;

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
import java.time.Instant;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.files.StoredFile;

/**
 * One photo a candidate uploaded (or the fix of one they chose), with the machine's verdict and full report
 * (the engine's JSON), the picture with the guides drawn, and, when the photo failed and could be fixed, the
 * fixed version with its own report. Never changed after it is made.
 */
@Entity
@Table(name = "photo_upload")
public class PhotoUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UploadSource source;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "profile_id", nullable = false)
    private String profileId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "original_key")
    private StoredFile original;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    @Column(name = "inspection_json", nullable = false, length = 200_000)
    private String inspectionJson;

    @ManyToOne
    @JoinColumn(name = "annotated_key")
    private StoredFile annotated;

    @ManyToOne
    @JoinColumn(name = "fix_key")
    private StoredFile fix;

    @ManyToOne
    @JoinColumn(name = "fix_annotated_key")
    private StoredFile fixAnnotated;

    @Enumerated(EnumType.STRING)
    @Column(name = "fix_verdict")
    private Verdict fixVerdict;

    @Column(name = "fix_inspection_json", length = 200_000)
    private String fixInspectionJson;

    /** Why no fix is offered for a failing photo (a FixRefusal name), or null. */
    @Column(name = "fix_refusal")
    private String fixRefusal;

    @Column(name = "fix_notes")
    private String fixNotes;

    /** The background the fixed version is on: a colour id of the profile, or keep; null before it was kept. */
    @Column(name = "fix_background")
    private String fixBackground;

    /** For a fixed photo: the upload it was fixed from (the candidate's own file), by id. */
    @Column(name = "fixed_from")
    private Long fixedFrom;

    protected PhotoUpload() {
    }

    PhotoUpload(Account candidate, Instant createdAt, UploadSource source, String fileName, String profileId,
            StoredFile original, Verdict verdict, String inspectionJson, StoredFile annotated) {
        this.candidate = candidate;
        this.createdAt = createdAt;
        this.source = source;
        this.fileName = fileName;
        this.profileId = profileId;
        this.original = original;
        this.verdict = verdict;
        this.inspectionJson = inspectionJson;
        this.annotated = annotated;
    }

    void offerFix(StoredFile fixed, StoredFile fixedAnnotated, Verdict verdict, String json,
            java.util.List<org.gradphoto.engine.fix.FixResult.Note> notes, String background) {
        this.fixNotes = FixNotes.encode(notes);
        this.fixBackground = background;
        this.fixRefusal = null;
        this.fix = fixed;
        this.fixAnnotated = fixedAnnotated;
        this.fixVerdict = verdict;
        this.fixInspectionJson = json;
    }

    /** This upload is the fix of {@code from}: it keeps where it came from and what the fix did. */
    void fixedFrom(PhotoUpload from) {
        this.fixedFrom = from.getId();
        this.fixNotes = from.fixNotes;
        this.fixBackground = from.fixBackground;
    }

    public Long getFixedFrom() {
        return fixedFrom;
    }

    void refuseFix(String refusal) {
        this.fixRefusal = refusal;
    }

    /** What the fix did that the candidate should know (empty when nothing, or for uploads fixed before it was kept). */
    public java.util.List<org.gradphoto.engine.fix.FixResult.Note> getFixNotes() {
        return FixNotes.decode(fixNotes);
    }

    public String getFixBackground() {
        return fixBackground;
    }

    /** Whether a fixed version that passes every hard rule is on offer. */
    public boolean hasFix() {
        return fix != null && (fixVerdict == Verdict.PASS || fixVerdict == Verdict.WARNINGS);
    }

    public Long getId() {
        return id;
    }

    public Account getCandidate() {
        return candidate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UploadSource getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public String getProfileId() {
        return profileId;
    }

    public StoredFile getOriginal() {
        return original;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getInspectionJson() {
        return inspectionJson;
    }

    public StoredFile getAnnotated() {
        return annotated;
    }

    public StoredFile getFix() {
        return fix;
    }

    public StoredFile getFixAnnotated() {
        return fixAnnotated;
    }

    public Verdict getFixVerdict() {
        return fixVerdict;
    }

    public String getFixInspectionJson() {
        return fixInspectionJson;
    }

    public String getFixRefusal() {
        return fixRefusal;
    }
}
