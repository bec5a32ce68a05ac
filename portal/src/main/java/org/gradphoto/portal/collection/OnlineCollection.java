package org.gradphoto.portal.collection;

import java.time.Clock;
import java.time.Instant;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.photo.OneAtATime;
import org.gradphoto.portal.photo.PhotoChecker;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.ReferenceFaces;
import org.gradphoto.portal.photo.UnreadableUploadException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online collection without an account (seed 004): the student enters their collection code and the school's
 * feature code, uploads a photo, sees the engine's verdict and the fixed version at once, and submits. The photo
 * is collected under the record's own data, so it links; the code is then used up.
 */
@Service
class OnlineCollection {

    private final CollectionCodeRepository codes;
    private final CollectedPhotoRepository photos;
    private final StoredFileRepository files;
    private final ApplicationEventPublisher events;
    private final PhotoStore store;
    private final PhotoChecker checker;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OneAtATime uploading = new OneAtATime();

    private final ReferenceFaces references;
    private final io.micrometer.core.instrument.Counter uploadCount;

    public OnlineCollection(CollectionCodeRepository codes, CollectedPhotoRepository photos, StoredFileRepository files,
            ApplicationEventPublisher events, PhotoStore store, PhotoChecker checker, TransactionTemplate tx, Clock clock,
            ReferenceFaces references, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.references = references;
        this.uploadCount = io.micrometer.core.instrument.Counter.builder("gradphoto.uploads").tag("source", "online")
                .description("photos uploaded and checked").register(metrics);
        this.codes = codes;
        this.photos = photos;
        this.files = files;
        this.events = events;
        this.store = store;
        this.checker = checker;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the upload page shows about whose code it is: the name half hidden, the school. */
    public record Holder(Long codeId, String maskedName, String schoolCode, String schoolName, Instant expiresAt)
            implements java.io.Serializable {
    }

    /**
     * The code's holder, if the code and the feature code go together and the code can be used now. Every wrong
     * combination gets the same answer, so a guess learns nothing.
     */
    public Holder open(String code, String featureCode) {
        String c = CollectionCode.normalise(code);
        String f = featureCode == null ? "" : featureCode.strip().toUpperCase(java.util.Locale.ROOT);
        return tx.execute(s -> {
            CollectionCode cc = codes.findByCode(c).orElseThrow(() -> new RefusedException("collection.error.code"));
            Institution owner = cc.getRecord().getOwner();
            if (owner.getFeatureCode() == null || !owner.getFeatureCode().equals(f)) {
                throw new RefusedException("collection.error.code");
            }
            cc.requireUsable(clock.instant());
            StudentRecord r = cc.getRecord();
            return new Holder(cc.getId(), mask(r.getName()), r.getSchoolCode(), owner.getNameZh(), cc.getExpiresAt());
        });
    }

    /** 张三 → 张*, 欧阳小明 → 欧**明: enough for the student to know it is theirs, not enough for anyone else. */
    static String mask(String name) {
        if (name.length() <= 1) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }

    /** Checks the photo and keeps it as a draft of this code, with the fixed version when it fails and can be fixed. */
    public CollectedPhoto upload(Long codeId, byte[] bytes, String fileName) {
        try (OneAtATime.Pass pass = uploading.enter(codeId, "photo.error.upload_in_progress")) {
            uploadCount.increment();
            return uploadOnce(codeId, bytes, fileName);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new RefusedException("photo.error.upload_in_progress");
        }
    }

    private CollectedPhoto uploadOnce(Long codeId, byte[] bytes, String fileName) {
        StudentRecord record = tx.execute(s -> {
            CollectionCode cc = codes.findById(codeId).orElseThrow(() -> new RefusedException("collection.error.code"));
            cc.requireUsable(clock.instant());
            StudentRecord r = cc.getRecord();
            r.getOwner().getProfileId();
            return r;
        });
        Profile profile = Profiles.get(record.getOwner().getProfileId());
        // compared with the student's reference photo (admission photo) where the school imported one
        PhotoChecker.Checked c = checker.checkAndOfferFix(bytes, fileName, profile,
                references.faceOf(record.getIdNumber()).orElse(null));
        Inspection in = c.inspection();
        if (in.verdict() == Verdict.UNREADABLE) {
            String detail = in.unreadableDetail() == null ? "" : in.unreadableDetail();
            throw new UnreadableUploadException(in.unreadable().zh() + (detail.isEmpty() ? "" : "（" + detail + "）"),
                    in.unreadable().en() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        return tx.execute(s -> {
            StoredFile original = store.put(bytes, PhotoService.contentType(in));
            StoredFile fixed = c.fix() != null && c.fix().fixed() ? store.put(c.fix().bytes(), "image/jpeg") : null;
            // the newest upload is the draft; earlier ones of this student are discarded
            photos.findByOwnerAndStateAndIdNumber(record.getOwner(), CollectedPhoto.State.DRAFT, record.getIdNumber())
                    .forEach(CollectedPhoto::discard);
            CollectedPhoto p = new CollectedPhoto(record.getOwner(), CollectedPhoto.Source.ONLINE,
                    new CollectedPhoto.CollectionData(record.getSchoolCode(), record.getName(), record.getGender().zh(),
                            record.getIdNumber(), record.getStudentNumber()),
                    fileName == null || fileName.isBlank() ? "collected-photo.jpg" : fileName, files.save(original), in.verdict(),
                    PhotoService.json(in),
                    clock.instant());
            if (fixed != null) {
                p.offerFix(files.save(fixed), c.fix().after().verdict());
            }
            return photos.save(p);
        });
    }

    /** The draft, if it is this code's. */
    public CollectedPhoto draft(Long codeId, Long photoId) {
        return tx.execute(s -> draftOf(codeId, photoId));
    }

    private CollectedPhoto draftOf(Long codeId, Long photoId) {
        CollectionCode cc = codes.findById(codeId).orElseThrow(() -> new RefusedException("collection.error.code"));
        CollectedPhoto p = photos.findById(photoId).orElseThrow(() -> new RefusedException("collection.error.not_draft"));
        if (p.getState() != CollectedPhoto.State.DRAFT || p.getSource() != CollectedPhoto.Source.ONLINE
                || !p.getIdNumber().equals(cc.getRecord().getIdNumber()) || !p.getOwner().getId().equals(cc.getRecord().getOwner().getId())) {
            throw new RefusedException("collection.error.not_draft");
        }
        p.getFile().getContentType();
        return p;
    }

    public void useFix(Long codeId, Long photoId) {
        tx.executeWithoutResult(s -> {
            codes.findById(codeId).orElseThrow(() -> new RefusedException("collection.error.code")).requireUsable(clock.instant());
            draftOf(codeId, photoId).useFix();
        });
    }

    /** Submits the draft: collected, linked by the record's data; the code is used up. */
    public void submit(Long codeId, Long photoId) {
        tx.executeWithoutResult(s -> {
            CollectionCode cc = codes.findById(codeId).orElseThrow(() -> new RefusedException("collection.error.code"));
            CollectedPhoto p = draftOf(codeId, photoId);
            Instant now = clock.instant();
            cc.requireUsable(now);
            p.submit(now);
            cc.use(p, now);
            events.publishEvent(new SchoolActivity(cc.getRecord().getOwner().getId(), null, now, SchoolAction.ONLINE_SUBMIT,
                    cc.getRecord().auditName(), null));
        });
    }
}
