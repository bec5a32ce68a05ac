package org.gradphoto.portal.collection;

import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.institution.Institution;
import org.gradphoto.portal.records.StudentRecord;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectionCodeRepository extends JpaRepository<CollectionCode, Long> {

    Optional<CollectionCode> findByCode(String code);

    List<CollectionCode> findByRecord(StudentRecord record);

    List<CollectionCode> findByRecordOwnerOrderByIdDesc(Institution owner);
}
