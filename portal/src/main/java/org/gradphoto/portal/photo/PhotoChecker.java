package org.gradphoto.portal.photo;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.report.Annotator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the engine for web requests on a fixed pool of worker threads (one per core by default) with a bounded
 * queue. The engine keeps its networks per thread, so letting every request thread check photos would load them
 * once per request thread; and a full queue answers "busy" at once instead of piling up memory.
 */
@Component
public class PhotoChecker {

    private final PhotoEngine engine;
    private final ExecutorService workers;
    private final long timeoutSeconds;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    public PhotoChecker(PhotoEngine engine,
            @Value("${gradphoto.check.threads:0}") int threads,
            @Value("${gradphoto.check.queue:64}") int queue,
            @Value("${gradphoto.check.timeout-seconds:60}") long timeoutSeconds,
            io.micrometer.core.instrument.MeterRegistry metrics) {
        this.engine = engine;
        this.metrics = metrics;
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        LinkedBlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>(queue);
        this.workers = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, waiting, r -> {
            Thread t = new Thread(r, "gradphoto-check");
            t.setDaemon(true);
            return t;
        });
        this.timeoutSeconds = timeoutSeconds;
        io.micrometer.core.instrument.Gauge.builder("gradphoto.check.waiting", waiting, LinkedBlockingQueue::size)
                .description("photos waiting for a checking thread").register(metrics);
    }

    /**
     * Everything a person sees after an upload; the pictures with the guides drawn are JPEGs. The fix's check
     * ({@code fix.after()}) compares the fixed file with the reference photo too, where there is one.
     */
    public record Checked(Inspection inspection, byte[] annotated, FixResult fix, byte[] fixAnnotated) {
    }

    /** Checks the photo; when it fails, also tries to fix it (on the profile's default background). */
    public Checked checkAndOfferFix(byte[] bytes, String fileName, Profile profile) {
        return checkAndOfferFix(bytes, fileName, profile, null);
    }

    /** The guides drawn on a photo are labelled for the portal's people: in Chinese. */
    private static final java.util.Locale LABELS = java.util.Locale.SIMPLIFIED_CHINESE;

    /**
     * As {@link #checkAndOfferFix(byte[], String, Profile)}, and compared with the person's reference photo (an
     * admission photo) where {@code reference} is not null: the photo and its fixed version alike.
     */
    public Checked checkAndOfferFix(byte[] bytes, String fileName, Profile profile, FaceEmbedding reference) {
        return run("check_and_fix", () -> {
            Inspection in = engine.inspect(bytes, fileName, profile, reference);
            byte[] annotated = engine.annotateImage(bytes, in, profile, LABELS).map(Annotator::jpeg).orElse(null);
            if (in.verdict() != Verdict.FAIL) {
                return new Checked(in, annotated, null, null);
            }
            FixResult f = engine.fix(bytes, fileName, profile, FixOptions.auto(), reference);
            byte[] fixAnnotated = f.fixed() ? engine.annotateImage(f.bytes(), f.after(), profile, LABELS).map(Annotator::jpeg)
                    .orElse(null) : null;
            return new Checked(in, annotated, f, fixAnnotated);
        });
    }

    /** A fixed version on the options asked for (a chosen background), compared with the reference where given. */
    public Checked fixWith(byte[] bytes, String fileName, Profile profile, FixOptions options, FaceEmbedding reference) {
        return run("fix", () -> {
            FixResult f = engine.fix(bytes, fileName, profile, options, reference);
            byte[] fixAnnotated = f.fixed() ? engine.annotateImage(f.bytes(), f.after(), profile, LABELS).map(Annotator::jpeg)
                    .orElse(null) : null;
            return new Checked(f.before(), null, f, fixAnnotated);
        });
    }

    /** The face of a reference photo, or empty when it shows no single clear face (or cannot be read). */
    public java.util.Optional<FaceEmbedding> faceOf(byte[] bytes, String fileName) {
        return run("face", () -> engine.faceOf(bytes, fileName));
    }

    public Inspection check(byte[] bytes, String fileName, Profile profile) {
        return check(bytes, fileName, profile, null);
    }

    /** The check compared with a reference photo's face where {@code reference} is not null. */
    public Inspection check(byte[] bytes, String fileName, Profile profile, FaceEmbedding reference) {
        return run("check", () -> engine.inspect(bytes, fileName, profile, reference));
    }

    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options) {
        return run("fix", () -> engine.fix(bytes, fileName, profile, options));
    }

    /** The task on a checking thread, its time there recorded as {@code gradphoto_check_seconds{kind}} (a histogram). */
    private <T> T run(String kind, java.util.concurrent.Callable<T> task) {
        io.micrometer.core.instrument.Timer timer = io.micrometer.core.instrument.Timer.builder("gradphoto.check").tag("kind", kind)
                .description("time to check, fix or read a face on a checking thread").register(metrics);
        Future<T> f;
        try {
            f = workers.submit(() -> timer.recordCallable(task));
        } catch (RejectedExecutionException e) {
            throw new BusyException();
        }
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new BusyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Too many photos are being checked right now: try again in a moment. */
    public static class BusyException extends RuntimeException {
        public BusyException() {
            super("the photo checker is busy");
        }
    }
}
