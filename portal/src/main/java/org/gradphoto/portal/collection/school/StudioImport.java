package org.gradphoto.portal.collection.school;

import java.util.List;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.jobs.Job;
import org.gradphoto.portal.jobs.Jobs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a photo studio's zip (on-site collection): its photos, and the data sheet (机读卡 data: ID number,
 * name, gender, student number, school code, the photo's file name) found in the zip as .xlsx/.xls/.csv. Without
 * a sheet, photos are read as named by ID number and filed under the school's own code. The zip is looked at while
 * the school waits (nothing readable, two sheets, too many photos are refused at once); its photos are then
 * checked and collected by a job ({@link StudioImportWork}) whose page shows how far it got.
 */
@Service
public class StudioImport {

    /** The kind of job a studio import is. */
    public static final String KIND = "studio-import";

    /** A zip holds at most this many photos (one class or one school's day of collection). */
    public static final int MAX_PHOTOS = 5_000;

    private final SchoolService schools;
    private final StoredFileRepository files;
    private final PhotoStore store;
    private final Jobs jobs;
    private final TransactionTemplate tx;

    public StudioImport(SchoolService schools, StoredFileRepository files, PhotoStore store, Jobs jobs, TransactionTemplate tx) {
        this.schools = schools;
        this.files = files;
        this.store = store;
        this.jobs = jobs;
        this.tx = tx;
    }

    /**
     * What was collected and what was not, with the reason (zh/en) per file; photos already collected by an earlier
     * import of the same zip are counted apart and not collected twice.
     */
    public record Report(int collected, int alreadyCollected, List<Skipped> skipped) implements java.io.Serializable {
    }

    public record Skipped(String file, String zh, String en) implements java.io.Serializable {
    }

    /**
     * Looks at the zip and queues its import: the job's id. The zip is kept in the photo store (shared by every
     * node) until the job is done.
     */
    public long importZip(Long accountId, byte[] zip, String zipName) {
        Institution school = schools.school(accountId);
        try (StudioZip z = StudioZip.open(zip)) {
            // only its refusals matter here: the job reads it again on whichever node runs it
            z.images();
        }
        return tx.execute(t -> {
            var file = files.save(store.put(zip, "application/zip"));
            return jobs.submit(KIND, accountId, school.getId(), file.getKey(), zipName == null ? "studio.zip" : zipName).getId();
        });
    }

    /** A studio import of this school's (another school's job or another kind's is not found). */
    public Job job(Long accountId, long jobId) {
        Institution school = schools.school(accountId);
        return jobs.find(jobId).filter(j -> KIND.equals(j.getKind()) && school.getId().equals(j.getInstitutionId()))
                .orElseThrow(NotFoundException::new);
    }

    /** The school's latest studio imports, the newest first. */
    public List<Job> recent(Long accountId, int count) {
        return jobs.recent(schools.school(accountId).getId(), KIND, count);
    }

    /** What a studio import did so far. */
    public Report report(Long accountId, long jobId) {
        Job j = job(accountId, jobId);
        return new Report(j.getSucceeded(), j.getUnchanged(),
                jobs.notes(jobId).stream().map(n -> new Skipped(n.item(), n.zh(), n.en())).toList());
    }

    /** The file as the school knows it: its path inside the zip it sent, never the server's temporary copy. */
    static String inZip(String source) {
        int inZip = source == null ? -1 : source.lastIndexOf("!/");
        return inZip >= 0 ? source.substring(inZip + 2) : source;
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }
}
