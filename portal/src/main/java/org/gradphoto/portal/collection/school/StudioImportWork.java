package org.gradphoto.portal.collection.school;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradphoto.batch.source.PhotoSource;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.SchoolAction;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.jobs.Job;
import org.gradphoto.portal.jobs.JobRun;
import org.gradphoto.portal.jobs.JobWork;
import org.gradphoto.portal.jobs.Jobs;
import org.gradphoto.portal.photo.PhotoChecker;
import org.gradphoto.portal.photo.PhotoService;
import org.gradphoto.portal.photo.ReferenceFaces;
import org.gradphoto.portal.table.Table;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A studio import as a job: each photo of the zip in its order is checked by the engine and, if it meets the
 * standard, collected in one transaction with its count, so a job a dead node left goes on at the next photo.
 * Photos that fail the standard are not collected (the studio retakes them), nor entries the zip reader refuses
 * or photos the sheet does not describe; each is noted with why.
 */
@Component
class StudioImportWork implements JobWork {

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
    private final ReferenceFaces references;
    private final TransactionTemplate tx;
    private final Clock clock;

    StudioImportWork(SchoolService schools, AccountRepository accounts, CollectedPhotoRepository photos, StoredFileRepository files,
            PhotoStore store, PhotoChecker checker, ReferenceFaces references, TransactionTemplate tx, Clock clock) {
        this.schools = schools;
        this.accounts = accounts;
        this.photos = photos;
        this.files = files;
        this.store = store;
        this.checker = checker;
        this.references = references;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return StudioImport.KIND;
    }

    @Override
    public void run(JobRun run) {
        Job job = run.job();
        Long accountId = job.getOwnerAccountId();
        Institution school = schools.school(accountId);
        StoredFile input = files.findById(job.getInputKey()).orElseThrow(() -> new RefusedException("studio.error.unreadable"));
        try (StudioZip zip = StudioZip.open(store.get(input))) {
            List<PhotoSource> images = zip.images();
            if (run.fresh()) {
                tx.executeWithoutResult(t -> {
                    run.size(images.size());
                    zip.rejections().forEach(r -> run.note(new Jobs.Note(StudioImport.inZip(r.source()), r.reason().zh(), r.reason().en())));
                    // the start is on record at once: an import no node lived to finish is visible in the trail
                    schools.log(school, accounts.require(accountId), SchoolAction.IMPORT_STUDIO_STARTED,
                            Wording.of("audit.file", job.getInputName()), Wording.of("audit.studio_started", images.size()));
                });
            }
            Map<String, String> codeOfName = codesByName(school);
            Map<String, Table.Row> byFile = byFile(zip.sheet());
            for (int i = run.processed(); i < images.size(); i++) {
                run.leaveOffIfStopping();
                collect(run, i, images.get(i), school, zip.sheet() != null, byFile, codeOfName);
            }
        }
        tx.executeWithoutResult(t -> {
            Job done = run.job();
            Account officer = accounts.require(accountId);
            schools.log(school, officer, SchoolAction.IMPORT_STUDIO, Wording.of("audit.file", done.getInputName()),
                    Wording.of("audit.studio_imported", done.getSucceeded(), done.getUnchanged(), done.getSkipped()));
            // the zip is no longer needed: its row goes, and its bytes once that commits
            files.findById(done.getInputKey()).ifPresent(f -> {
                files.delete(f);
                store.discard(f);
            });
            run.finish();
        });
    }

    private void collect(JobRun run, int item, PhotoSource s, Institution school, boolean withSheet, Map<String, Table.Row> byFile,
            Map<String, String> codeOfName) {
        String key = StudioImport.stripExtension(s.fileName()).toUpperCase(Locale.ROOT);
        String file = StudioImport.inZip(s.source());
        CollectedPhoto.CollectionData data;
        try {
            if (withSheet) {
                Table.Row r = byFile.get(key);
                if (r == null) {
                    skip(run, item, file, "数据表中没有这张照片", "the data sheet does not describe this photo");
                    return;
                }
                String code = r.get(SCHOOL_CODE);
                if (code.isEmpty()) {
                    code = codeOfName.getOrDefault(r.get(SCHOOL_NAME).strip(), school.getCode());
                }
                data = new CollectedPhoto.CollectionData(code, r.get(NAME), r.get(GENDER), r.get(ID), r.get(STUDENT_NUMBER));
            } else {
                data = new CollectedPhoto.CollectionData(school.getCode(), "", null, key, null);
            }
        } catch (RefusedException e) {
            skip(run, item, file, "采集数据无效（院校代码或证件号码）", "invalid collection data (school code or ID number)");
            return;
        }
        byte[] bytes;
        try {
            bytes = s.read();
        } catch (PhotoSource.RejectedException e) {
            skip(run, item, file, e.rejection().reason().zh(), e.rejection().reason().en());
            return;
        } catch (IOException e) {
            skip(run, item, file, "无法读取", "unreadable");
            return;
        }
        // compared with the student's reference photo (admission photo) where the school imported one
        Inspection in = checker.check(bytes, s.fileName(), Profiles.get(school.getProfileId()),
                references.faceOf(data.idNumber()).orElse(null));
        if (in.verdict() == Verdict.UNREADABLE) {
            skip(run, item, file, in.unreadable().zh(), in.unreadable().en());
            return;
        }
        if (in.verdict() == Verdict.FAIL) {
            // only photos that meet the standard are collected: a studio retakes the others
            String zh = String.join("、", in.failed().stream().map(f -> f.words().nameZh()).distinct().toList());
            String en = String.join(", ", in.failed().stream().map(f -> f.words().nameEn()).distinct().toList());
            skip(run, item, file, "不符合标准，请照相馆重拍：" + zh, "does not meet the standard, to be retaken: " + en);
            return;
        }
        CollectedPhoto.CollectionData d = data;
        String sha256 = StoredFile.sha256Of(bytes);
        tx.executeWithoutResult(t -> {
            // the same photo of the same student is collected once, however often its zip is imported
            if (photos.existsByOwnerAndStateAndIdNumberAndFile_Sha256(school, CollectedPhoto.State.COLLECTED, d.idNumber(), sha256)) {
                run.count(item, Job.Outcome.UNCHANGED);
                return;
            }
            run.count(item, Job.Outcome.SUCCEEDED);
            StoredFile f = store.put(bytes, PhotoService.contentType(in));
            photos.save(new CollectedPhoto(school, CollectedPhoto.Source.STUDIO, d, s.fileName(), files.save(f),
                    in.verdict(), PhotoService.json(in), clock.instant()));
        });
    }

    private void skip(JobRun run, int item, String file, String zh, String en) {
        tx.executeWithoutResult(t -> run.skip(item, new Jobs.Note(file, zh, en)));
    }

    /**
     * A sheet may give the school by name only: the full name of a branch college gives its code; anything else,
     * e.g. the main school's name written by a branch college's student, gives the main school's (seed 003).
     */
    private Map<String, String> codesByName(Institution school) {
        Map<String, String> codeOfName = new HashMap<>();
        codeOfName.put(school.getNameZh(), school.getCode());
        schools.branches(school).forEach(b -> codeOfName.put(b.getNameZh(), b.getCode()));
        return codeOfName;
    }

    private static Map<String, Table.Row> byFile(Table sheet) {
        Map<String, Table.Row> byFile = new HashMap<>();
        if (sheet != null) {
            for (Table.Row r : sheet.rows()) {
                String file = r.get(FILE);
                byFile.put((file.isEmpty() ? r.get(ID) : StudioImport.stripExtension(file)).toUpperCase(Locale.ROOT), r);
            }
        }
        return byFile;
    }
}
