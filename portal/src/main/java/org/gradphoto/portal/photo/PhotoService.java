package org.gradphoto.portal.photo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.report.InspectionJson;
import org.gradphoto.portal.print.PhotoPrint;
import org.gradphoto.portal.print.SheetPart;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A candidate's side of the photo: upload (checked at once, with a fix offered when it fails), take the fixed
 * version, submit. The check runs outside any database transaction (it takes a tenth of a second or more); the
 * result is then stored in one short transaction.
 */
@Service
public class PhotoService {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoService.class);

    private final AccountRepository accounts;
    private final CandidatePhotoRepository photos;
    private final PhotoUploadRepository uploads;
    private final StoredFileRepository files;
    private final DeadlineRepository deadlines;
    private final PhotoStore store;
    private final PhotoChecker checker;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OneAtATime uploading = new OneAtATime();
    private final ReferenceFaces references;
    private final io.micrometer.core.instrument.Counter uploadCount;

    public PhotoService(AccountRepository accounts, CandidatePhotoRepository photos, PhotoUploadRepository uploads,
            StoredFileRepository files, DeadlineRepository deadlines, PhotoStore store, PhotoChecker checker,
            TransactionTemplate tx, Clock clock, ReferenceFaces references, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.references = references;
        this.uploadCount = io.micrometer.core.instrument.Counter.builder("gradphoto.uploads").tag("source", "candidate")
                .description("photos uploaded and checked").register(metrics);
        this.accounts = accounts;
        this.photos = photos;
        this.uploads = uploads;
        this.files = files;
        this.deadlines = deadlines;
        this.store = store;
        this.checker = checker;
        this.tx = tx;
        this.clock = clock;
    }

    /** The candidate's photo record, made on first use. */
    public CandidatePhoto photoOf(Long candidateId) {
        return tx.execute(s -> {
            Account a = accounts.require(candidateId);
            return photos.findByCandidate(a).orElseGet(() -> photos.save(new CandidatePhoto(a)));
        });
    }

    /**
     * Checks and stores a new photo as the candidate's current one. An unreadable file is refused with the
     * reason and nothing changes; so is any upload after the deadline or after approval.
     */
    public PhotoUpload upload(Long candidateId, String fileName, byte[] bytes) {
        try (OneAtATime.Pass pass = uploading.enter(candidateId, "photo.error.upload_in_progress")) {
            uploadCount.increment();
            return uploadOnce(candidateId, fileName, bytes);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            // another node saved an upload of the same candidate first: nothing of this one was kept
            throw new PhotoStateException("photo.error.upload_in_progress");
        }
    }

    private PhotoUpload uploadOnce(Long candidateId, String fileName, byte[] bytes) {
        String name = safeName(fileName);
        Uploader who = tx.execute(s -> {
            Account a = accounts.require(candidateId);
            CandidatePhoto cp = photos.findByCandidate(a).orElse(null);
            // refuse early, before spending a check on a photo that cannot be used
            if (!deadlines.uploadWindow().isOpen(clock.instant())) {
                throw new PhotoStateException("photo.error.deadline");
            }
            if (cp != null && cp.getStatus() == ReviewStatus.APPROVED) {
                throw new PhotoStateException("photo.error.approved");
            }
            return new Uploader(a.getInstitution().getProfileId(), a.getIdNumber());
        });
        String profileId = who.profileId();
        Profile profile = Profiles.get(profileId);
        // compared with the admission photo where the office imported one (FACE_SAME_PERSON)
        FaceEmbedding reference = who.idNumber() == null ? null : references.faceOf(who.idNumber()).orElse(null);
        PhotoChecker.Checked c = checker.checkAndOfferFix(bytes, name, profile, reference);
        Inspection in = c.inspection();
        if (in.verdict() == Verdict.UNREADABLE) {
            String detail = in.unreadableDetail() == null ? "" : in.unreadableDetail();
            throw new UnreadableUploadException(in.unreadable().zh() + (detail.isEmpty() ? "" : "（" + detail + "）"),
                    in.unreadable().en() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        PhotoUpload saved = tx.execute(s -> {
            // the files are written in the transaction that refers to them: readable once it commits, gone if not
            StoredFile original = store.put(bytes, contentType(in));
            StoredFile annotated = c.annotated() == null ? null : store.put(c.annotated(), "image/jpeg");
            StoredFile fixed = c.fix() != null && c.fix().fixed() ? store.put(c.fix().bytes(), "image/jpeg") : null;
            StoredFile fixedAnnotated = c.fixAnnotated() == null ? null : store.put(c.fixAnnotated(), "image/jpeg");
            Account a = accounts.require(candidateId);
            CandidatePhoto cp = photos.findByCandidate(a).orElseGet(() -> photos.save(new CandidatePhoto(a)));
            Instant now = clock.instant();
            PhotoUpload u = new PhotoUpload(a, now, UploadSource.UPLOADED, name, profileId, files.save(original),
                    in.verdict(), json(in), annotated == null ? null : files.save(annotated));
            if (fixed != null) {
                u.offerFix(files.save(fixed), fixedAnnotated == null ? null : files.save(fixedAnnotated),
                        c.fix().after().verdict(), json(c.fix().after()), c.fix().notes(), background(c.fix()));
            } else if (c.fix() != null) {
                u.refuseFix(c.fix().refusal().name());
            }
            uploads.save(u);
            cp.replace(u, deadlines.uploadWindow(), now);
            return u;
        });
        LOG.info("account {} uploaded photo {}: {}", candidateId, saved.getId(), in.verdict());
        return saved;
    }

    /** Who is uploading, as the check needs it: their institution's profile and their ID number. */
    private record Uploader(String profileId, String idNumber) {
    }

    /**
     * The fixed version of the current upload made again on another background of the profile (白色 or 浅蓝色), as
     * the candidate chooses; refused for a colour the profile does not allow or when no fix can be made.
     */
    public PhotoUpload fixOn(Long candidateId, Long uploadId, String colourId) {
        // what the fix needs, read once: the upload is the candidate's current one and may still change
        Refixable r = tx.execute(s -> {
            Account a = accounts.require(candidateId);
            CandidatePhoto cp = photos.findByCandidate(a).orElseThrow(() -> new PhotoStateException("photo.error.no_fix"));
            PhotoUpload current = cp.getCurrent();
            if (current == null || !current.getId().equals(uploadId) || current.getSource() == UploadSource.FIXED) {
                throw new PhotoStateException("photo.error.no_fix");
            }
            if (cp.getStatus() == ReviewStatus.APPROVED) {
                throw new PhotoStateException("photo.error.approved");
            }
            if (!deadlines.uploadWindow().isOpen(clock.instant())) {
                throw new PhotoStateException("photo.error.deadline");
            }
            Profile profile = Profiles.get(current.getProfileId());
            if (profile.background(colourId).isEmpty()) {
                throw new PhotoStateException("photo.error.no_such_background");
            }
            return new Refixable(profile, current.getFileName(), a.getIdNumber(), store.get(current.getOriginal()));
        });
        FaceEmbedding reference = r.idNumber() == null ? null : references.faceOf(r.idNumber()).orElse(null);
        PhotoChecker.Checked c = checker.fixWith(r.bytes(), r.fileName(), r.profile(), FixOptions.background(colourId),
                reference);
        if (!c.fix().fixed()) {
            throw new PhotoStateException("photo.error.no_fix");
        }
        return tx.execute(s -> {
            PhotoUpload fresh = uploads.findById(uploadId).orElseThrow();
            StoredFile fixed = files.save(store.put(c.fix().bytes(), "image/jpeg"));
            StoredFile annotated = c.fixAnnotated() == null ? null : files.save(store.put(c.fixAnnotated(), "image/jpeg"));
            fresh.offerFix(fixed, annotated, c.fix().after().verdict(), json(c.fix().after()), c.fix().notes(), colourId);
            return uploads.save(fresh);
        });
    }

    private record Refixable(Profile profile, String fileName, String idNumber, byte[] bytes) {
    }

    private static String background(FixResult f) {
        return f instanceof FixResult.Fixed fixed ? fixed.background() : null;
    }

    /** The fixed version of the current upload becomes the current photo. */
    public PhotoUpload useFix(Long candidateId, Long uploadId) {
        return tx.execute(s -> {
            Account a = accounts.require(candidateId);
            CandidatePhoto cp = photos.findByCandidate(a).orElseThrow(() -> new PhotoStateException("photo.error.no_fix"));
            PhotoUpload from = cp.getCurrent();
            if (from == null || !from.getId().equals(uploadId) || !from.hasFix()) {
                throw new PhotoStateException("photo.error.no_fix");
            }
            Instant now = clock.instant();
            PhotoUpload u = new PhotoUpload(a, now, UploadSource.FIXED, fixedName(from.getFileName()), from.getProfileId(),
                    from.getFix(), from.getFixVerdict(), from.getFixInspectionJson(), from.getFixAnnotated());
            u.fixedFrom(from);
            uploads.save(u);
            cp.replace(u, deadlines.uploadWindow(), now);
            return u;
        });
    }

    /** The current photo goes to the reviewers. */
    public void submit(Long candidateId) {
        tx.executeWithoutResult(s -> {
            Account a = accounts.require(candidateId);
            CandidatePhoto cp = photos.findByCandidate(a).orElseThrow(() -> new PhotoStateException("photo.error.nothing_to_submit"));
            cp.submit(deadlines.uploadWindow(), clock.instant());
        });
    }

    /** One part of an institution's approved prints and where it sits in the whole run. */
    public record Prints(java.util.List<PhotoPrint> prints, SheetPart part) {
    }

    /** The approved JPEG photos of one institution's candidates as prints (ID number and name below), part {@code part}. */
    public Prints approvedPrints(Long institutionId, int part) {
        return tx.execute(s -> {
            var run = photos.findByStatusAndCandidate_Institution_IdOrderBySubmittedAtAscIdAsc(ReviewStatus.APPROVED, institutionId)
                    .stream().filter(p -> p.getCurrent() != null && "image/jpeg".equals(p.getCurrent().getOriginal().getContentType())).toList();
            SheetPart sheetPart = new SheetPart(part, run.size());
            // only this part's files are read
            return new Prints(run.stream().skip(sheetPart.skip()).limit(SheetPart.MAX_PHOTOS)
                    .map(p -> PhotoPrint.of(store.get(p.getCurrent().getOriginal()), p.getCandidate().getIdNumber(), p.getCandidate().getName()))
                    .toList(), sheetPart);
        });
    }

    /** The approved photo as it was approved, for the candidate to keep; empty until a reviewer approved it. */
    public java.util.Optional<byte[]> approvedFile(Long candidateId) {
        return tx.execute(s -> photos.findByCandidate(accounts.require(candidateId))
                .filter(p -> p.getStatus() == ReviewStatus.APPROVED && p.getCurrent() != null)
                .map(p -> store.get(p.getCurrent().getOriginal())));
    }

    static String safeName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty()) {
            n = "photo";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String fixedName(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-fixed.jpg";
    }

    /** The stored content type of a checked photo file, from what the file really is. */
    public static String contentType(Inspection in) {
        return switch (in.file().format()) {
            case JPEG -> "image/jpeg";
            case PNG -> "image/png";
            case GIF -> "image/gif";
            case BMP -> "image/bmp";
            case WEBP -> "image/webp";
            case TIFF -> "image/tiff";
            default -> "application/octet-stream";
        };
    }

    /** The engine's report as stored beside a photo (the pages' rule tables are read back from it). */
    public static String json(Inspection in) {
        try {
            return InspectionJson.mapper().writeValueAsString(InspectionJson.toJson(in));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
