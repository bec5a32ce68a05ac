package org.gradphoto.portal.school;

import java.util.List;
import org.gradphoto.portal.institution.Institution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolAuditRepository extends JpaRepository<SchoolAudit, Long> {

    List<SchoolAudit> findTop200ByOwnerOrderByIdDesc(Institution owner);
}
