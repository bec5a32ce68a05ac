package org.gradphoto.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One export of personal data: who took it, when, what, how many rows. Kept for good, as the audit of exports. */
@Entity
@Table(name = "export_audit")
class ExportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String what;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected ExportRecord() {
    }

    ExportRecord(Long accountId, String what, int rowCount, Instant at) {
        this.accountId = accountId;
        this.what = org.gradphoto.portal.Text.limited(what, 100, "what");
        this.rowCount = rowCount;
        this.exportedAt = at;
    }

    Long getAccountId() {
        return accountId;
    }

    String getWhat() {
        return what;
    }

    int getRowCount() {
        return rowCount;
    }

    Instant getExportedAt() {
        return exportedAt;
    }
}
