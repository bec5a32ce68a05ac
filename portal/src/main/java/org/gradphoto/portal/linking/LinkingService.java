package org.gradphoto.portal.linking;

import java.util.List;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.institution.Institution;
import org.gradphoto.portal.records.StudentRecord;
import org.gradphoto.portal.records.StudentRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links a school's collected photos to its active records, as the data stands now. */
@Service
public class LinkingService {

    private final StudentRecordRepository records;
    private final CollectedPhotoRepository photos;

    public LinkingService(StudentRecordRepository records, CollectedPhotoRepository photos) {
        this.records = records;
        this.photos = photos;
    }

    /** The school's active records and collected photos, and how they link. */
    public record Linking(List<StudentRecord> records, List<CollectedPhoto> photos, LinkReport report) {

        public java.util.Optional<CollectedPhoto> linkedPhoto(StudentRecord r) {
            return report.linkedPhoto(r.getId()).flatMap(id -> photos.stream().filter(p -> p.getId().equals(id)).findFirst());
        }

        public java.util.Optional<StudentRecord> likelyRecord(CollectedPhoto p) {
            Long id = report.likelyRecordOfPhoto().get(p.getId());
            return records.stream().filter(r -> r.getId().equals(id)).findFirst();
        }

        public Mismatch problemOf(CollectedPhoto p) {
            return report.photoProblems().get(p.getId());
        }

        public Mismatch problemOf(StudentRecord r) {
            return report.recordProblems().get(r.getId());
        }
    }

    @Transactional(readOnly = true)
    public Linking link(Institution school) {
        List<StudentRecord> active = records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(school).stream()
                .filter(r -> !r.isCancelled()).toList();
        List<CollectedPhoto> collected = photos.findByOwnerAndStateOrderById(school, CollectedPhoto.State.COLLECTED);
        LinkReport report = Linker.link(
                active.stream().map(r -> new Linker.RecordData(r.getId(), r.getSchoolCode(), r.getIdNumber(), r.getName())).toList(),
                collected.stream().map(p -> new Linker.PhotoData(p.getId(), p.getSchoolCode(), p.getIdNumber(), p.getName())).toList());
        return new Linking(active, collected, report);
    }
}
