package org.gradphoto.portal.collection;

import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectionCodeRepository extends JpaRepository<CollectionCode, Long> {

    Optional<CollectionCode> findByCode(String code);

    List<CollectionCode> findByRecord(StudentRecord record);

    /** A school's codes with their records, in one query. */
    @org.springframework.data.jpa.repository.Query("select c from CollectionCode c join fetch c.record r where r.owner = :owner order by c.id desc")
    List<CollectionCode> ofSchool(@org.springframework.data.repository.query.Param("owner") Institution owner);
}
