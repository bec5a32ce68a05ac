package org.gradphoto.portal.collection.school;

import java.util.List;
import org.gradphoto.portal.account.Institution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolAuditRepository extends JpaRepository<SchoolAudit, Long> {

    List<SchoolAudit> findTop200ByOwnerOrderByIdDesc(Institution owner);
}
