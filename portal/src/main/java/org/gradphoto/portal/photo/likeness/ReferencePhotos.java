package org.gradphoto.portal.photo.likeness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradphoto.batch.source.PhotoSource;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.batch.source.ZipPhotos;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.photo.PhotoChecker;
import org.gradphoto.portal.photo.ReferenceFaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference photos of an office (a city exam office, or a school's photo office for its students): a zip of
 * pictures named by ID number ({@code 110105194912310021.jpg}) imported at
 * once, each kept with its face; a new photo of that person is then compared with it. A picture without one clear
 * face, a name that is no ID number, or a person whose reference another office imported, is reported and skipped.
 */
@Service
public class ReferencePhotos implements ReferenceFaces {

    /** A zip holds at most this many pictures (a city's admissions of one year are a few thousand). */
    public static final int MAX_PHOTOS = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(ReferencePhotos.class);

    private final ReferencePhotoRepository references;
    private final AccountRepository accounts;
    private final StoredFileRepository files;
    private final PhotoStore store;
    private final PhotoChecker checker;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReferencePhotos(ReferencePhotoRepository references, AccountRepository accounts, StoredFileRepository files,
            PhotoStore store, PhotoChecker checker, TransactionTemplate tx, Clock clock) {
        this.references = references;
        this.accounts = accounts;
        this.files = files;
        this.store = store;
        this.checker = checker;
        this.tx = tx;
        this.clock = clock;
    }

    /** What an import did; {@code skipped} says for each entry left out why, in both languages. */
    public record Report(int imported, int replaced, List<Skipped> skipped) implements java.io.Serializable {
    }

    public record Skipped(String entry, String zh, String en) implements java.io.Serializable {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FaceEmbedding> faceOf(String idNumber) {
        return references.findByIdNumber(idNumber).map(ReferencePhoto::face);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> fileOf(String idNumber) {
        return references.findByIdNumber(idNumber).map(ReferencePhoto::getFile);
    }

    /** How many reference photos the office (a reviewer's, or a school's photo office) has imported. */
    @Transactional(readOnly = true)
    public long countFor(Long officeId) {
        ReferencePhoto.Scope scope = scopeOf(officeId);
        return scope.institutionId() != null ? references.countByScopeInstitution(scope.institutionId())
                : references.countByScopeCity(scope.cityZh());
    }

    /** Imports a zip of reference pictures for the office of {@code reviewerId} (a reviewer or a school's office). */
    public Report importZip(Long reviewerId, byte[] zip, ReferenceSource source) {
        if (zip == null || zip.length == 0) {
            throw new RefusedException("import.error.empty");
        }
        ReferencePhoto.Scope scope = tx.execute(s -> scopeOf(reviewerId));
        Path tmp = null;
        try {
            tmp = Files.createTempFile("references", ".zip");
            Files.write(tmp, zip);
            try (ZipPhotos z = ZipPhotos.open(tmp, ZipLimits.DEFAULT)) {
                return importAll(reviewerId, scope, source, z);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private Report importAll(Long reviewerId, ReferencePhoto.Scope scope, ReferenceSource source, ZipPhotos z) {
        List<Skipped> skipped = new ArrayList<>();
        z.rejections().forEach(r -> skipped.add(new Skipped(r.source(), r.reason().zh(), r.reason().en())));
        if (z.photos().isEmpty()) {
            throw new RefusedException(z.rejections().isEmpty() ? "import.error.empty" : "references.error.unreadable");
        }
        if (z.photos().size() > MAX_PHOTOS) {
            throw new RefusedException("references.error.too_many");
        }
        int imported = 0;
        int replaced = 0;
        for (PhotoSource s : z.photos()) {
            Optional<IdNumber> id = IdNumber.parse(stripExtension(s.fileName()));
            if (id.isEmpty()) {
                skipped.add(new Skipped(s.source(), "文件名不是有效的身份证号码", "the file name is not a valid ID number"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = s.read();
            } catch (IOException | PhotoSource.RejectedException e) {
                skipped.add(new Skipped(s.source(), "无法读取", "cannot be read"));
                continue;
            }
            Optional<FaceEmbedding> face = checker.faceOf(bytes, s.fileName());
            if (face.isEmpty()) {
                skipped.add(new Skipped(s.source(), "照片中找不到清晰的人脸", "no clear face in the picture"));
                continue;
            }
            String idNumber = id.get().value();
            Boolean wasThere = tx.execute(t -> {
                ReferencePhoto existing = references.findByIdNumber(idNumber).orElse(null);
                if (existing != null && !existing.scope().equals(scope)) {
                    return null;
                }
                StoredFile file = files.save(store.put(bytes, contentType(bytes)));
                if (existing == null) {
                    references.save(new ReferencePhoto(idNumber, source, face.get(), file, reviewerId, scope, clock.instant()));
                    return false;
                }
                existing.replace(source, face.get(), file, reviewerId, scope, clock.instant());
                return true;
            });
            if (wasThere == null) {
                skipped.add(new Skipped(s.source(), "此人的参考照片已由其他单位导入", "another office imported this person's reference photo"));
            } else if (wasThere) {
                replaced++;
            } else {
                imported++;
            }
        }
        LOG.info("reviewer {} imported {} reference photos ({} replaced, {} skipped)", reviewerId, imported, replaced,
                skipped.size());
        return new Report(imported, replaced, skipped);
    }

    /** An office's scope: a reviewer's institution or city, a school photo office's school. */
    private ReferencePhoto.Scope scopeOf(Long officeId) {
        Account r = accounts.findById(officeId).filter(a -> a.getRole() == Role.REVIEWER || a.getRole() == Role.SCHOOL)
                .orElseThrow();
        return r.getInstitution() != null ? new ReferencePhoto.Scope(r.getInstitution().getId(), null)
                : new ReferencePhoto.Scope(null, r.getCityZh());
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }

    /** By the file's first bytes, not its name: the picture is served as what it is. */
    private static String contentType(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                ? "image/png" : "image/jpeg";
    }
}
