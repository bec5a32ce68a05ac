package org.gradphoto.portal.collection.school;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.portal.print.PhotoSheet;
import org.gradphoto.portal.Wording;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.PortalTime;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.linking.LinkingService;
import org.gradphoto.portal.collection.linking.Mismatch;
import org.gradphoto.portal.collection.records.Check;
import org.gradphoto.portal.collection.records.Gender;
import org.gradphoto.portal.collection.records.RecordDetails;
import org.gradphoto.portal.collection.records.RecordImport;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.photo.ReferenceFaces;
import org.gradphoto.portal.photo.RuleRow;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.web.FlashActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school's photo office pages: dashboard and settings, records, linking, export, audit (codes: {@link SchoolCodesController}). */
@Controller
class SchoolController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SchoolService schools;
    private final SchoolCodes codes;
    private final StudioImport studio;
    private final SchoolExport export;
    private final CollectedPhotoRepository photos;
    private final PhotoStore store;

    private final ReferenceFaces references;
    private final PhotoSheet sheet;
    private final org.gradphoto.portal.account.ExportAudit exports;

    SchoolController(SchoolService schools, SchoolCodes codes, StudioImport studio, SchoolExport export, CollectedPhotoRepository photos,
            PhotoStore store, ReferenceFaces references, PhotoSheet sheet,
            org.gradphoto.portal.account.ExportAudit exports) {
        this.exports = exports;
        this.references = references;
        this.sheet = sheet;
        this.schools = schools;
        this.codes = codes;
        this.studio = studio;
        this.export = export;
        this.photos = photos;
        this.store = store;
    }

    @GetMapping("/school")
    public String dashboard(@AuthenticationPrincipal PortalUser user, Model model) {
        Institution school = schools.school(user.accountId());
        LinkingService.Linking l = schools.linking(user.accountId());
        model.addAttribute("school", school);
        model.addAttribute("branches", schools.branches(school));
        model.addAttribute("counts", export.dashboard(l));
        model.addAttribute("problems", l.report().counts());
        model.addAttribute("mismatches", Mismatch.values());
        model.addAttribute("deadline", local(school.getProofreadDeadline()));
        model.addAttribute("lockDate", local(school.getLockDate()));
        model.addAttribute("studioJobs", studio.recent(user.accountId(), 5));
        return "school/dashboard";
    }

    private static LocalDateTime local(java.time.Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, PortalTime.ZONE);
    }

    @PostMapping("/school/settings")
    public String settings(@AuthenticationPrincipal PortalUser user, @RequestParam("featureCode") String featureCode,
            @RequestParam(name = "deadline", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
            @RequestParam(name = "lockDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime lockDate,
            RedirectAttributes r) {
        return FlashActions.act(r, "/school", () -> schools.settings(user.accountId(), featureCode,
                deadline == null ? null : deadline.atZone(PortalTime.ZONE).toInstant(),
                lockDate == null ? null : lockDate.atZone(PortalTime.ZONE).toInstant()), "school.notice.saved");
    }

    @PostMapping("/school/records/import")
    public String importRecords(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes r) throws IOException {
        try {
            SchoolService.ImportSummary s = schools.importRecords(user.accountId(), file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            r.addFlashAttribute("importSummary", s);
        } catch (RefusedException e) {
            r.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/school/records";
    }

    @GetMapping("/school/records/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename("records.xlsx").build().toString())
                .body(ExcelExport.write("学籍", RecordImport.HEADERS, List.of()));
    }

    /** Records shown per page. */
    static final int PAGE_SIZE = 200;

    @GetMapping("/school/records")
    public String records(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "reported", defaultValue = "false") boolean reported,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        LinkingService.Linking l = schools.linking(user.accountId());
        List<StudentRecord> list = l.records().stream().filter(x -> !reported || x.getRecordCheck() == Check.REPORTED
                || x.getPhotoCheck() == Check.REPORTED).toList();
        model.addAttribute("linking", l);
        model.addAttribute("records", onePage(list, page, model));
        model.addAttribute("reported", reported);
        return "school/records";
    }

    /** The page of the list asked for (the last one when past the end), with total, page and pages for the pager. */
    static <T> List<T> onePage(List<T> all, int page, Model model) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("total", all.size());
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        return all.subList(p * PAGE_SIZE, Math.min(all.size(), (p + 1) * PAGE_SIZE));
    }

    @GetMapping("/school/records/{id}")
    public String record(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, Model model) {
        StudentRecord rec = schools.record(user.accountId(), id);
        model.addAttribute("rec", rec);
        CollectedPhoto linked = schools.linkedPhoto(rec).orElse(null);
        model.addAttribute("photo", linked);
        model.addAttribute("likeness", linked == null ? null : RuleRow.of(linked.getInspectionJson()).stream()
                .filter(r -> r.id().equals(RuleRow.SAME_PERSON)).findFirst().orElse(null));
        model.addAttribute("codes", codes.codesOf(user.accountId(), id));
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("schoolCodes", schools.schoolCodes(schools.school(user.accountId())));
        return "school/record";
    }

    @PostMapping("/school/records/{id}/correct")
    public String correctRecord(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("version") long version,
            @RequestParam("schoolCode") String schoolCode, @RequestParam("name") String name, @RequestParam("gender") Gender gender,
            @RequestParam("idType") IdType idType, @RequestParam("idNumber") String idNumber,
            @RequestParam("studentNumber") String studentNumber, @RequestParam("major") String major,
            @RequestParam(name = "className", required = false) String className, @RequestParam("level") String level,
            @RequestParam("graduationYear") int year, RedirectAttributes r) {
        return FlashActions.act(r, "/school/records/" + id, () -> {
            RecordDetails d;
            try {
                d = new RecordDetails(schoolCode, name, gender, new PersonalId(idType, idNumber), studentNumber, major, className,
                        level, year);
            } catch (IllegalArgumentException e) {
                throw new RefusedException("school.error.record_fields");
            }
            schools.correctRecord(user.accountId(), id, version, d);
        }, "school.notice.corrected");
    }

    @PostMapping("/school/records/{id}/recollect")
    public String recollect(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("version") long version,
            @RequestParam(name = "days", defaultValue = "" + SchoolCodes.DEFAULT_CODE_DAYS) int days, RedirectAttributes r) {
        return FlashActions.act(r, "/school/records/" + id, () -> schools.recollectPhoto(user.accountId(), id, version, days),
                "school.notice.recollect");
    }

    @PostMapping("/school/records/{id}/cancel")
    public String cancelRecord(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("version") long version,
            RedirectAttributes r) {
        return FlashActions.act(r, "/school/linking", () -> schools.cancelRecord(user.accountId(), id, version), "school.notice.cancelled");
    }

    @GetMapping("/school/linking")
    public String linking(@AuthenticationPrincipal PortalUser user, Model model) {
        LinkingService.Linking l = schools.linking(user.accountId());
        model.addAttribute("linking", l);
        model.addAttribute("photoProblems", l.photos().stream().filter(p -> l.problemOf(p) != null).toList());
        model.addAttribute("duplicates", l.records().stream().filter(x -> l.problemOf(x) == Mismatch.DUPLICATE_RECORDS).toList());
        List<StudentRecord> withoutPhoto = l.records().stream().filter(x -> l.problemOf(x) == Mismatch.RECORD_WITHOUT_PHOTO).toList();
        model.addAttribute("withoutPhotoTotal", withoutPhoto.size());
        // at most one page of them: before collection starts that is every record of the school
        model.addAttribute("withoutPhoto", withoutPhoto.subList(0, Math.min(withoutPhoto.size(), PAGE_SIZE)));
        model.addAttribute("schoolCodes", schools.schoolCodes(schools.school(user.accountId())));
        return "school/linking";
    }

    @PostMapping("/school/photos/{id}/correct")
    public String correctPhoto(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("version") long version,
            @RequestParam("schoolCode") String schoolCode, @RequestParam("name") String name,
            @RequestParam("idNumber") String idNumber, RedirectAttributes r) {
        return FlashActions.act(r, "/school/linking", () -> {
            CollectedPhoto.CollectionData before = photos.findById(id).map(CollectedPhoto::data).orElseThrow(NotFoundException::new);
            schools.correctPhoto(user.accountId(), id, version, new CollectedPhoto.CollectionData(schoolCode, name, before.gender(),
                    idNumber, before.studentNumber()));
        }, "school.notice.corrected");
    }

    @PostMapping("/school/photos/{id}/delete")
    public String deletePhoto(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id, @RequestParam("version") long version,
            RedirectAttributes r) {
        return FlashActions.act(r, "/school/linking", () -> schools.deletePhoto(user.accountId(), id, version), "school.notice.deleted");
    }

    /** A collected photo of this school (the one collected, as the studio or the student sent it). */
    @GetMapping("/school/photos/{id}/file")
    public ResponseEntity<byte[]> photoFile(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        Institution school = schools.school(user.accountId());
        return photos.findById(id).filter(p -> p.getOwner().getId().equals(school.getId()) && p.getState() != CollectedPhoto.State.DRAFT)
                .map(p -> image(p.getFile().getContentType(), store.get(p.getFile())))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** The reference photo (admission photo) of a collected photo's student, to compare by eye. */
    @GetMapping("/school/photos/{id}/reference")
    public ResponseEntity<byte[]> referenceFile(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        Institution school = schools.school(user.accountId());
        return photos.findById(id).filter(p -> p.getOwner().getId().equals(school.getId()) && p.getState() != CollectedPhoto.State.DRAFT)
                .flatMap(p -> references.fileOf(p.getIdNumber()))
                .map(f -> image(f.getContentType(), store.get(f)))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    static ResponseEntity<byte[]> image(String contentType, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    @GetMapping("/school/export.zip")
    public ResponseEntity<StreamingResponseBody> exportZip(@AuthenticationPrincipal PortalUser user) {
        Long account = user.accountId();
        schools.school(account);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("photos-confirmed.zip").build().toString())
                .body(out -> exports.record(account, Wording.of("export.school_images"), export.export(account, out)));
    }

    /** 背胶照片 (seed 004): the linked photos of a class, of the ticked records or all, at the profile's print size. */
    @GetMapping("/school/photos/sheet.pdf")
    public ResponseEntity<byte[]> photoSheet(@AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "className", required = false) String className,
            @RequestParam(name = "selection", defaultValue = "false") boolean selection,
            @RequestParam(name = "record", required = false) java.util.Set<Long> records, @RequestParam(name = "part", defaultValue = "1") int part) {
        // from the records list: only the ticked records (none ticked: none printed); otherwise the class or all
        java.util.Set<Long> selected = selection ? (records == null ? java.util.Set.of() : records) : null;
        SchoolExport.Prints prints = export.prints(user.accountId(), className, selected, part);
        exports.record(user.accountId(), Wording.of("export.photo_sheet"), prints.prints().size());
        var school = schools.school(user.accountId());
        byte[] bytes = sheet.render(prints.prints(), school.getNameZh(), Profiles.get(school.getProfileId()).print(), prints.part(),
                PhotoSheet.nextPartLink(prints.part()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("photo-sheet.pdf").build().toString())
                .body(bytes);
    }

    @GetMapping("/school/audit")
    public String audit(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("entries", schools.auditTrail(user.accountId()));
        return "school/audit";
    }
}
