package org.gradphoto.portal.collection.school;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradphoto.batch.source.PhotoSource;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.batch.source.ZipPhotos;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.SchoolAction;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.photo.PhotoChecker;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.ReferenceFaces;
import org.gradphoto.portal.table.Table;
import org.gradphoto.portal.table.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a photo studio's zip (on-site collection): its photos, and the data sheet (机读卡 data: ID number,
 * name, gender, student number, school code, the photo's file name) found in the zip as .xlsx/.xls/.csv. Without
 * a sheet, photos are read as named by ID number and filed under the school's own code. Each photo is checked
 * by the engine: photos that fail the standard are not collected (the studio retakes them), nor entries the zip
 * reader refuses (traversal, links, bombs) or photos the sheet does not describe; each is reported with why.
 */
@Service
public class StudioImport {

    /** A zip holds at most this many photos (one class or one school's day of collection). */
    public static final int MAX_PHOTOS = 5_000;

    private static final List<String> ID = List.of("证件号码", "身份证号", "id_number");
    private static final List<String> NAME = List.of("姓名", "name");
    private static final List<String> GENDER = List.of("性别", "gender");
    private static final List<String> STUDENT_NUMBER = List.of("学号", "student_number");
    private static final List<String> SCHOOL_CODE = List.of("院校代码", "学校代码", "school_code");
    private static final List<String> SCHOOL_NAME = List.of("院校名称", "学校名称", "school_name");
    private static final List<String> FILE = List.of("照片文件名", "文件名", "file");

    private final SchoolService schools;
    private final AccountRepository accounts;
    private final CollectedPhotoRepository photos;
    private final StoredFileRepository files;
    private final PhotoStore store;
    private final PhotoChecker checker;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final ReferenceFaces references;

    public StudioImport(SchoolService schools, AccountRepository accounts, CollectedPhotoRepository photos, StoredFileRepository files,
            PhotoStore store, PhotoChecker checker, TransactionTemplate tx, Clock clock, ReferenceFaces references) {
        this.references = references;
        this.schools = schools;
        this.accounts = accounts;
        this.photos = photos;
        this.files = files;
        this.store = store;
        this.checker = checker;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * What was collected and what was not, with the reason (zh/en) per file; photos already collected by an earlier
     * import of the same zip (or one that was interrupted) are counted apart and not collected twice.
     */
    public record Report(int collected, int alreadyCollected, List<Skipped> skipped) implements java.io.Serializable {
    }

    public record Skipped(String file, String zh, String en) implements java.io.Serializable {

        /** The file as the school knows it: its path inside the zip it sent, never the server's temporary copy. */
        public Skipped {
            int inZip = file == null ? -1 : file.lastIndexOf("!/");
            file = inZip >= 0 ? file.substring(inZip + 2) : file;
        }
    }

    public Report importZip(Long accountId, byte[] zip, String zipName) {
        Institution school = schools.school(accountId);
        if (zip == null || zip.length == 0) {
            throw new RefusedException("import.error.empty");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("studio", ".zip");
            Files.write(tmp, zip);
            try (ZipPhotos z = ZipPhotos.open(tmp, ZipLimits.DEFAULT)) {
                return collect(accountId, school, z, zipName == null ? "studio.zip" : zipName);
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

    private Report collect(Long accountId, Institution school, ZipPhotos z, String zipName) {
        List<Skipped> skipped = new ArrayList<>();
        z.rejections().forEach(r -> skipped.add(new Skipped(r.source(), r.reason().zh(), r.reason().en())));
        if (!z.rejections().isEmpty() && z.photos().isEmpty()) {
            throw new RefusedException("studio.error.unreadable");
        }
        List<PhotoSource> images = new ArrayList<>();
        Table sheet = null;
        for (PhotoSource s : z.photos()) {
            String n = s.fileName().toLowerCase(Locale.ROOT);
            if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv")) {
                if (sheet != null) {
                    throw new RefusedException("studio.error.two_sheets");
                }
                sheet = readSheet(s);
            } else {
                images.add(s);
            }
        }
        if (images.size() > MAX_PHOTOS) {
            throw new RefusedException("studio.error.too_many");
        }
        // a sheet may give the school by name only: the full name of a branch college gives its code; anything else,
        // e.g. the main school's name written by a branch college's student, gives the main school's (seed 003)
        Map<String, String> codeOfName = new HashMap<>();
        codeOfName.put(school.getNameZh(), school.getCode());
        schools.branches(school).forEach(b -> codeOfName.put(b.getNameZh(), b.getCode()));
        Map<String, Table.Row> byFile = new HashMap<>();
        if (sheet != null) {
            for (Table.Row r : sheet.rows()) {
                String file = r.get(FILE);
                byFile.put((file.isEmpty() ? r.get(ID) : stripExtension(file)).toUpperCase(Locale.ROOT), r);
            }
        }
        int photosInZip = images.size();
        tx.executeWithoutResult(t -> {
            // the start is on record at once: an import the node did not live to finish is visible in the trail
            Account officer = accounts.require(accountId);
            schools.log(school, officer, SchoolAction.IMPORT_STUDIO_STARTED, Wording.of("audit.file", zipName),
                    Wording.of("audit.studio_started", photosInZip));
        });
        int collected = 0;
        int already = 0;
        for (PhotoSource s : images) {
            String key = stripExtension(s.fileName()).toUpperCase(Locale.ROOT);
            CollectedPhoto.CollectionData data;
            try {
                if (sheet != null) {
                    Table.Row r = byFile.get(key);
                    if (r == null) {
                        skipped.add(new Skipped(s.source(), "数据表中没有这张照片", "the data sheet does not describe this photo"));
                        continue;
                    }
                    String code = r.get(SCHOOL_CODE);
                    if (code.isEmpty()) {
                        code = codeOfName.getOrDefault(r.get(SCHOOL_NAME).strip(), school.getCode());
                    }
                    data = new CollectedPhoto.CollectionData(code, r.get(NAME), r.get(GENDER),
                            r.get(ID), r.get(STUDENT_NUMBER));
                } else {
                    data = new CollectedPhoto.CollectionData(school.getCode(), "", null, key, null);
                }
            } catch (RefusedException e) {
                skipped.add(new Skipped(s.source(), "采集数据无效（院校代码或证件号码）", "invalid collection data (school code or ID number)"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = s.read();
            } catch (PhotoSource.RejectedException e) {
                skipped.add(new Skipped(s.source(), e.rejection().reason().zh(), e.rejection().reason().en()));
                continue;
            } catch (IOException e) {
                skipped.add(new Skipped(s.source(), "无法读取", "unreadable"));
                continue;
            }
            // compared with the student's reference photo (admission photo) where the school imported one
            Inspection in = checker.check(bytes, s.fileName(), Profiles.get(school.getProfileId()),
                    references.faceOf(data.idNumber()).orElse(null));
            if (in.verdict() == Verdict.UNREADABLE) {
                skipped.add(new Skipped(s.source(), in.unreadable().zh(), in.unreadable().en()));
                continue;
            }
            if (in.verdict() == Verdict.FAIL) {
                // only photos that meet the standard are collected: a studio retakes the others
                String zh = String.join("、", in.failed().stream().map(f -> f.words().nameZh()).distinct().toList());
                String en = String.join(", ", in.failed().stream().map(f -> f.words().nameEn()).distinct().toList());
                skipped.add(new Skipped(s.source(), "不符合标准，请照相馆重拍：" + zh, "does not meet the standard, to be retaken: " + en));
                continue;
            }
            CollectedPhoto.CollectionData d = data;
            String sha256 = StoredFile.sha256Of(bytes);
            Boolean added = tx.execute(t -> {
                // the same photo of the same student is collected once, however often its zip is imported
                if (photos.existsByOwnerAndStateAndIdNumberAndFile_Sha256(school, CollectedPhoto.State.COLLECTED,
                        d.idNumber(), sha256)) {
                    return false;
                }
                StoredFile f = store.put(bytes, PhotoService.contentType(in));
                photos.save(new CollectedPhoto(school, CollectedPhoto.Source.STUDIO, d, s.fileName(), files.save(f),
                        in.verdict(), PhotoService.json(in), clock.instant()));
                return true;
            });
            if (Boolean.TRUE.equals(added)) {
                collected++;
            } else {
                already++;
            }
        }
        int n = collected;
        int before = already;
        tx.executeWithoutResult(t -> {
            Account officer = accounts.require(accountId);
            schools.log(school, officer, SchoolAction.IMPORT_STUDIO, Wording.of("audit.file", zipName),
                    Wording.of("audit.studio_imported", n, before, skipped.size()));
        });
        return new Report(collected, already, skipped);
    }

    private static Table readSheet(PhotoSource s) {
        try {
            return TableReader.read(s.read(), s.fileName());
        } catch (IOException | PhotoSource.RejectedException e) {
            throw new RefusedException("studio.error.sheet");
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }
}
