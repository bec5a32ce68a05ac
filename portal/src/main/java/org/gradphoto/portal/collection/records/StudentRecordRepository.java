package org.gradphoto.portal.collection.records;

import java.util.Collection;
import java.util.List;
import org.gradphoto.portal.account.Institution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentRecordRepository extends JpaRepository<StudentRecord, Long> {

    List<StudentRecord> findByOwnerOrderBySchoolCodeAscMajorAscClassNameAscStudentNumberAsc(Institution owner);

    /** The active records of a person (by ID number) at these schools: the student's own view. */
    List<StudentRecord> findByIdNumberAndCancelledFalseAndOwnerIn(String idNumber, Collection<Institution> owners);

    List<StudentRecord> findByIdNumberAndCancelledFalse(String idNumber);
}
