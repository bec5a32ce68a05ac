package org.gradphoto.portal.collection.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.print.PhotoPrint;
import org.gradphoto.portal.print.SheetPart;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.linking.LinkingService;
import org.gradphoto.portal.collection.linking.Mismatch;
import org.gradphoto.portal.collection.records.Check;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.files.PhotoStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the school sends for electronic registration: the photos the students confirmed (record and photo both
 * 正确), as {@code <ID number>.jpg} in a zip with a CSV of their records; and the counts per school code, major and
 * class on the dashboard.
 */
@Service
class SchoolExport {

    private final SchoolService schools;
    private final PhotoStore store;

    public SchoolExport(SchoolService schools, PhotoStore store) {
        this.schools = schools;
        this.store = store;
    }

    /** One part of the school's prints and where it sits in the whole run. */
    public record Prints(List<PhotoPrint> prints, SheetPart part) {
    }

    /**
     * The JPEG photos linked to the school's records (of one class, and of the selected records, when given), in the
     * records' order, for a sheet of prints (seed 004's 背胶照片): the part {@code part} of the run (at most
     * {@link SheetPart#MAX_PHOTOS}). Ids of records not the school's select nothing.
     */
    @Transactional(readOnly = true)
    public Prints prints(Long accountId, String className, java.util.Set<Long> selected, int part) {
        LinkingService.Linking l = schools.linking(accountId);
        String onlyClass = className == null || className.isBlank() ? null : className.strip();
        List<Map.Entry<StudentRecord, CollectedPhoto>> run = new java.util.ArrayList<>();
        for (StudentRecord r : l.records()) {
            if (onlyClass != null && !onlyClass.equals(r.getClassName()) || selected != null && !selected.contains(r.getId())) {
                continue;
            }
            l.linkedPhoto(r).filter(p -> "image/jpeg".equals(p.getFile().getContentType())).ifPresent(p -> run.add(Map.entry(r, p)));
        }
        SheetPart sheetPart = new SheetPart(part, run.size());
        // only this part's files are read
        List<PhotoPrint> out = run.stream().skip(sheetPart.skip()).limit(SheetPart.MAX_PHOTOS)
                .map(e -> PhotoPrint.of(store.get(e.getValue().getFile()), e.getKey().getIdNumber(), e.getKey().getName())).toList();
        return new Prints(out, sheetPart);
    }

    /** The zip; written to {@code out} so that thousands of photos never sit in memory together. */
    @Transactional(readOnly = true)
    public int export(Long accountId, OutputStream out) {
        LinkingService.Linking l = schools.linking(accountId);
        int exported = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            csv.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(csv, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                p.printRecord("院校代码", "姓名", "性别", "证件类型", "证件号码", "学号", "专业", "班级", "层次", "毕业年份", "照片文件");
                for (StudentRecord r : l.records()) {
                    Optional<CollectedPhoto> photo = l.linkedPhoto(r);
                    if (photo.isEmpty() || !r.confirmedWith(photo.get().getId())) {
                        continue;
                    }
                    boolean jpeg = "image/jpeg".equals(photo.get().getFile().getContentType());
                    String name = r.getIdNumber() + ".jpg";
                    if (jpeg) {
                        zip.putNextEntry(new ZipEntry(name));
                        zip.write(store.get(photo.get().getFile()));
                        zip.closeEntry();
                        exported++;
                    }
                    p.printRecord(r.getSchoolCode(), r.getName(), r.getGender().zh(), r.getIdType().zh(), r.getIdNumber(),
                            r.getStudentNumber(), r.getMajor(), r.getClassName() == null ? "" : r.getClassName(), r.getLevel(),
                            r.getGraduationYear(), jpeg ? name : "不是 JPEG，未导出");
                }
            }
            zip.putNextEntry(new ZipEntry("records.csv"));
            zip.write(csv.toByteArray());
            zip.closeEntry();
            zip.finish();
            return exported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the dashboard. */
    public record Counts(String schoolCode, String major, String className, int records, int collected, int linked, int confirmed,
            int problems) {
    }

    /** Per school code, major and class: records, collected, linked, confirmed, and those with a problem. */
    public List<Counts> dashboard(LinkingService.Linking l) {
        Map<String, int[]> m = new TreeMap<>();
        Map<String, String[]> keys = new TreeMap<>();
        Map<Long, String> groupOf = new java.util.HashMap<>();
        for (StudentRecord r : l.records()) {
            String key = r.getSchoolCode() + "\u0000" + r.getMajor() + "\u0000" + (r.getClassName() == null ? "" : r.getClassName());
            groupOf.put(r.getId(), key);
            keys.putIfAbsent(key, new String[] {r.getSchoolCode(), r.getMajor(), r.getClassName() == null ? "" : r.getClassName()});
            int[] c = m.computeIfAbsent(key, k -> new int[5]);
            c[0]++;
            Optional<CollectedPhoto> photo = l.linkedPhoto(r);
            if (photo.isPresent()) {
                c[2]++;
                if (r.confirmedWith(photo.get().getId())) {
                    c[3]++;
                }
            }
            Mismatch problem = l.problemOf(r);
            if ((problem != null && problem != Mismatch.RECORD_WITHOUT_PHOTO) || r.getRecordCheck() == Check.REPORTED
                    || photo.map(p -> r.photoCheckFor(p.getId()) == Check.REPORTED).orElse(false)) {
                c[4]++;
            }
        }
        for (CollectedPhoto p : l.photos()) {
            Long recordId = l.report().likelyRecordOfPhoto().get(p.getId());
            String key = recordId == null ? null : groupOf.get(recordId);
            if (key != null) {
                m.get(key)[1]++;
            }
        }
        List<Counts> out = new ArrayList<>();
        m.forEach((k, c) -> out.add(new Counts(keys.get(k)[0], keys.get(k)[1], keys.get(k)[2], c[0], c[1], c[2], c[3], c[4])));
        return out;
    }
}
