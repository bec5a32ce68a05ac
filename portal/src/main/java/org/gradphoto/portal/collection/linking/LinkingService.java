package org.gradphoto.portal.collection.linking;

import java.util.List;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.CollectedPhoto;
import org.gradphoto.portal.collection.CollectedPhotoRepository;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
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

    /** The school's active records and collected photos, and how they link; look-ups by id are constant time. */
    public static final class Linking {

        private final List<StudentRecord> records;
        private final List<CollectedPhoto> photos;
        private final LinkReport report;
        private final java.util.Map<Long, StudentRecord> recordById;
        private final java.util.Map<Long, CollectedPhoto> photoById;

        public Linking(List<StudentRecord> records, List<CollectedPhoto> photos, LinkReport report) {
            this.records = records;
            this.photos = photos;
            this.report = report;
            this.recordById = records.stream().collect(java.util.stream.Collectors.toMap(StudentRecord::getId, r -> r));
            this.photoById = photos.stream().collect(java.util.stream.Collectors.toMap(CollectedPhoto::getId, p -> p));
        }

        public List<StudentRecord> records() {
            return records;
        }

        public List<CollectedPhoto> photos() {
            return photos;
        }

        public LinkReport report() {
            return report;
        }

        public java.util.Optional<CollectedPhoto> linkedPhoto(StudentRecord r) {
            return report.linkedPhoto(r.getId()).map(photoById::get);
        }

        public java.util.Optional<StudentRecord> likelyRecord(CollectedPhoto p) {
            return java.util.Optional.ofNullable(report.likelyRecordOfPhoto().get(p.getId())).map(recordById::get);
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
        return link(records.findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(school).stream()
                .filter(r -> !r.isCancelled()).toList(), photos.findByOwnerAndStateOrderById(school, CollectedPhoto.State.COLLECTED));
    }

    /**
     * The photo linked to one record. Only records and photos with its ID number can change that (a photo of
     * another number never links to it), so only those are read: a student's page does not link the whole school.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<CollectedPhoto> linkedPhoto(StudentRecord r) {
        return link(records.findByIdNumberAndCancelledFalseAndOwnerIn(r.getIdNumber(), List.of(r.getOwner())),
                photos.findByOwnerAndStateAndIdNumber(r.getOwner(), CollectedPhoto.State.COLLECTED, r.getIdNumber())).linkedPhoto(r);
    }

    private static Linking link(List<StudentRecord> active, List<CollectedPhoto> collected) {
        LinkReport report = Linker.link(
                active.stream().map(r -> new Linker.RecordData(r.getId(), r.getSchoolCode(), r.getIdNumber(), r.getName())).toList(),
                collected.stream().map(p -> new Linker.PhotoData(p.getId(), p.getSchoolCode(), p.getIdNumber(), p.getName())).toList());
        return new Linking(active, collected, report);
    }
}
