package org.gradphoto.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gradphoto.portal.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of exports that carry personal data (full ID numbers, photos): each export says who took it, what
 * and how many rows, in its own transaction, before the file is sent. The admin reads the latest.
 */
@Service
public class ExportAudit {

    private final ExportRecordRepository records;
    private final AccountRepository accounts;
    private final Clock clock;

    ExportAudit(ExportRecordRepository records, AccountRepository accounts, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One export by this account: {@code what} names it in the reader's language (e.g. {@code export.review_queue}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Long accountId, Wording what, int rows) {
        records.save(new ExportRecord(accountId, what, rows, clock.instant()));
    }

    /** An export as the admin's page lists it. */
    public record Line(Instant at, String who, String username, Wording what, int rows) {
    }

    @Transactional(readOnly = true)
    public List<Line> latest() {
        return records.findTop100ByOrderByExportedAtDescIdDesc().stream().map(r -> {
            Account a = accounts.findById(r.getAccountId()).orElse(null);
            return new Line(r.getExportedAt(), a == null ? "—" : a.getName(), a == null ? "—" : a.getUsername(), r.getWhat(), r.getRowCount());
        }).toList();
    }
}
