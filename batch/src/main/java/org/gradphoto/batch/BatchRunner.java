package org.gradphoto.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gradphoto.batch.output.BatchReports;
import org.gradphoto.batch.source.BatchInputs;
import org.gradphoto.batch.source.PhotoSource;
import org.gradphoto.batch.source.Rejection;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;

/**
 * Runs a batch: reads every photo of the inputs (one at a time, so memory stays bounded whatever the batch's size:
 * at most two photos per worker are in memory), checks it and, when asked, fixes it on all cores, writes each
 * result as it is done (so a re-run resumes), exports passing and fixed photos as {@code <ID number>.jpg}, and
 * writes the reports. One bad photo never stops the batch. Everything is written inside the output folder.
 */
public final class BatchRunner {

    static final String WORK = ".batch";

    /** Store key of a file refused before it was read (it has no key of its own). */
    private static final String REJECTED_KEY = "rejected:";

    private final PhotoEngine engine;

    public BatchRunner(PhotoEngine engine) {
        this.engine = engine;
    }

    public BatchSummary run(List<Path> inputs, BatchOptions o, BatchListener listener) throws IOException {
        long t0 = System.nanoTime();
        Path out = Files.createDirectories(o.out());
        Path export = Files.createDirectories(out.resolve("export"));
        Path thumbs = Files.createDirectories(out.resolve(WORK).resolve("thumbs"));
        DoneStore done = new DoneStore(out.resolve(WORK).resolve("done"));
        // only a small index per photo stays in memory; the rows themselves wait on disk
        List<RowRef> refs = Collections.synchronizedList(new ArrayList<>());

        try (BatchInputs in = BatchInputs.of(inputs, o.limits(), out)) {
            Map<PhotoSource, NamedId> names = names(in.photos());
            for (Rejection r : in.rejections()) {
                String file = r.source().substring(r.source().lastIndexOf('/') + 1);
                BatchRow row = new BatchRow(r.source(), file, null, NamedId.of(file).problem(), PhotoStatus.REJECTED,
                        r.reason().zh() + detail(r.detail()), r.reason().en() + detail(r.detail()), null, null, null,
                        null, null, null, 0, null);
                refs.add(RowRef.of(row, done.save(REJECTED_KEY + r.source(), row)));
            }
            List<PhotoSource> todo = new ArrayList<>();
            int skipped = 0;
            for (PhotoSource p : in.photos()) {
                var earlier = o.force() ? java.util.Optional.<BatchRow>empty() : done.find(p.key());
                if (earlier.isPresent() && sameName(earlier.get(), names.get(p))) {
                    refs.add(RowRef.of(earlier.get(), DoneStore.hash(p.key())));
                    skipped++;
                } else {
                    todo.add(p);
                }
            }
            listener.started(todo.size(), skipped);
            process(todo, names, o, export, thumbs, done, refs, listener);
            StoredRows rows = new StoredRows(done, refs);
            int exported = tidyExport(export, rows.refs());
            BatchReports.write(out, rows, o.profile());
            return new BatchSummary(rows, skipped, exported, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The ID number of every file name; a number met more than once is a duplicate for all who carry it. */
    private static Map<PhotoSource, NamedId> names(List<PhotoSource> photos) {
        Map<PhotoSource, NamedId> names = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (PhotoSource p : photos) {
            NamedId n = NamedId.of(p.fileName());
            names.put(p, n);
            if (n.id() != null) {
                count.merge(n.id().value(), 1, Integer::sum);
            }
        }
        names.replaceAll((p, n) -> n.id() != null && count.get(n.id().value()) > 1 ? n.duplicate() : n);
        return names;
    }

    /** A saved result still holds if the name verdict is unchanged (a new duplicate elsewhere changes it). */
    private static boolean sameName(BatchRow row, NamedId n) {
        return row.nameProblem() == n.problem();
    }

    private void process(List<PhotoSource> todo, Map<PhotoSource, NamedId> names, BatchOptions o, Path export,
            Path thumbs, DoneStore done, List<RowRef> rows, BatchListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "gradphoto-batch");
            t.setDaemon(true);
            return t;
        });
        // reading is sequential (zip entries one at a time); at most two photos per worker wait in memory
        Semaphore inFlight = new Semaphore(2 * o.threads());
        AtomicInteger finished = new AtomicInteger();
        try {
            for (PhotoSource p : todo) {
                inFlight.acquireUninterruptibly();
                BatchRow row;
                byte[] bytes;
                try {
                    bytes = p.read();
                } catch (PhotoSource.RejectedException e) {
                    Rejection r = e.rejection();
                    finish(p, rejected(p, names.get(p), r), done, rows, listener, finished, todo.size());
                    inFlight.release();
                    continue;
                } catch (IOException | RuntimeException e) {
                    finish(p, rejected(p, names.get(p), new Rejection(p.source(), Rejection.Reason.DAMAGED,
                            e.getClass().getSimpleName())), done, rows, listener, finished, todo.size());
                    inFlight.release();
                    continue;
                }
                pool.submit(() -> {
                    try {
                        BatchRow result;
                        try {
                            result = one(p, bytes, names.get(p), o, export, thumbs);
                        } catch (RuntimeException | IOException | OutOfMemoryError e) {
                            // one bad photo never stops the batch
                            result = new BatchRow(p.source(), p.fileName(), idOf(names.get(p)), names.get(p).problem(),
                                    PhotoStatus.UNREADABLE, "处理出错：" + e.getClass().getSimpleName(),
                                    "processing failed: " + e.getClass().getSimpleName(), null, null, null, null, null,
                                    null, 0, null);
                        }
                        finish(p, result, done, rows, listener, finished, todo.size());
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(7, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void finish(PhotoSource p, BatchRow row, DoneStore done, List<RowRef> rows, BatchListener listener,
            AtomicInteger finished, int total) {
        try {
            rows.add(RowRef.of(row, done.save(p.key(), row)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.advanced(finished.incrementAndGet(), total, row);
    }

    private static BatchRow rejected(PhotoSource p, NamedId n, Rejection r) {
        return new BatchRow(p.source(), p.fileName(), idOf(n), n.problem(), PhotoStatus.REJECTED,
                r.reason().zh() + detail(r.detail()), r.reason().en() + detail(r.detail()), null, null, null, null, null,
                null, 0, null);
    }

    private static String detail(String d) {
        return d == null ? "" : " (" + d + ")";
    }

    private static String idOf(NamedId n) {
        return n.id() == null ? null : n.id().value();
    }

    /** Checks (and fixes) one photo, exports it if it may be, draws its thumbnail. */
    private BatchRow one(PhotoSource p, byte[] bytes, NamedId named, BatchOptions o, Path export, Path thumbs)
            throws IOException {
        Inspection in = engine.inspect(bytes, p.fileName(), o.profile());
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, Double> measured = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (RuleResult r : in.results()) {
            measured.put(r.id(), r.measured());
            if (r.failed()) {
                messages.add(r.id() + "：" + r.messageZh());
            }
            if (r.failed() && r.severity() == Severity.ERROR) {
                errors.add(r.id());
                if (!categories.contains(r.category().zh())) {
                    categories.add(r.category().zh());
                }
            } else if (r.failed()) {
                warnings.add(r.id());
            }
        }
        PhotoStatus status;
        String detailZh = "";
        String detailEn = "";
        byte[] exportBytes = null;
        Inspection shown = in;
        byte[] shownBytes = bytes;
        if (in.verdict() == Verdict.UNREADABLE) {
            status = PhotoStatus.UNREADABLE;
            detailZh = in.unreadable().zh();
            detailEn = in.unreadable().en();
        } else if (in.verdict() == Verdict.PASS || in.verdict() == Verdict.WARNINGS) {
            status = in.verdict() == Verdict.PASS ? PhotoStatus.PASSED : PhotoStatus.WARNINGS;
            exportBytes = bytes;
        } else if (o.fix()) {
            FixResult f = engine.fix(bytes, p.fileName(), o.profile(), new FixOptions(o.background(), null));
            if (!f.fixed()) {
                status = PhotoStatus.REFUSED;
                detailZh = f.refusal().zh() + " " + f.refusal().retakeZh();
                detailEn = f.refusal().en() + " " + f.refusal().retakeEn();
            } else if (f.after().verdict() == Verdict.FAIL) {
                status = PhotoStatus.FAILED;
                detailZh = "修正后仍不合格：" + String.join(", ", f.after().failed().stream().map(RuleResult::id).toList());
                detailEn = "still failing after the fix: " + String.join(", ", f.after().failed().stream().map(RuleResult::id).toList());
                shown = f.after();
                shownBytes = f.bytes();
            } else {
                status = PhotoStatus.FIXED;
                exportBytes = f.bytes();
                shown = f.after();
                shownBytes = f.bytes();
            }
        } else {
            status = PhotoStatus.FAILED;
        }
        String exportName = null;
        if (exportBytes != null && named.id() != null && named.problem() == null) {
            exportName = named.id().value() + ".jpg";
            Path target = export.resolve(exportName);
            Path part = export.resolve(exportName + ".part");
            Files.write(part, exportBytes);
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        String thumb = null;
        var image = engine.annotateImage(shownBytes, shown, o.profile());
        if (image.isPresent()) {
            thumb = DoneStore.hash(p.key()) + ".jpg";
            Thumbnails.write(image.get(), thumbs.resolve(thumb));
        }
        return new BatchRow(p.source(), p.fileName(), idOf(named), named.problem(), status, detailZh, detailEn, errors,
                warnings, categories, measured, exportName, thumb, errors.size(), messages);
    }

    /** Removes from export/ what no row exports any more (an earlier run's file now a duplicate, say). */
    private static int tidyExport(Path export, List<RowRef> rows) throws IOException {
        Set<String> keep = new HashSet<>();
        rows.stream().filter(r -> r.exportName() != null).forEach(r -> keep.add(r.exportName()));
        try (Stream<Path> s = Files.list(export)) {
            for (Path f : s.toList()) {
                if (!keep.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
        return keep.size();
    }
}
