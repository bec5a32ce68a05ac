package org.gradphoto.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gradphoto.portal.Text;
import org.gradphoto.portal.Wording;

/** One export of personal data: who took it, when, what, how many rows. Kept for good, as the audit of exports. */
@Entity
@Table(name = "export_audit")
class ExportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    /** The export's message key; a text written before wordings where {@code what_args} is null. */
    @Column(nullable = false)
    private String what;

    @Column(name = "what_args")
    private String whatArgs;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected ExportRecord() {
    }

    ExportRecord(Long accountId, Wording what, int rowCount, Instant at) {
        this.accountId = accountId;
        this.what = what.key();
        this.whatArgs = Text.limited(what.joinedArgs(), 200, "what");
        this.rowCount = rowCount;
        this.exportedAt = at;
    }

    Long getAccountId() {
        return accountId;
    }

    Wording getWhat() {
        return whatArgs == null ? Wording.verbatim(what) : Wording.stored(what, whatArgs);
    }

    int getRowCount() {
        return rowCount;
    }

    Instant getExportedAt() {
        return exportedAt;
    }
}
