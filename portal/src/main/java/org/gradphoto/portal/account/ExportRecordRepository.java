package org.gradphoto.portal.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportRecordRepository extends JpaRepository<ExportRecord, Long> {

    List<ExportRecord> findTop100ByOrderByExportedAtDescIdDesc();
}
