package org.gradphoto.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gradphoto.engine.face.AnalysisSettings;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceAnalyzer;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.fix.PhotoFixer;
import org.gradphoto.engine.image.DecodeLimits;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.image.PhotoDecoder;
import org.gradphoto.engine.image.UnreadablePhotoException;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.CategoryHint;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.report.Annotator;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.text.TextDetector;

/**
 * The engine's way in. Models are loaded once when the engine is made (about a second); after that
 * {@link #inspect} is thread-safe and needs no network. One engine per process is enough.
 */
public final class PhotoEngine {

    /** Large photos are analysed at about this long side; their measurements are given in original pixels. */
    static final int CHECK_WORKING_LONG_SIDE = 960;

    private static final System.Logger LOG = System.getLogger(PhotoEngine.class.getName());

    private final FaceAnalyzer analyzer;
    private final TextDetector textDetector;
    private final PhotoDecoder decoder;
    private final Clock clock;
    private final Map<Profile, List<Rule>> ruleSets = new ConcurrentHashMap<>();
    private final PhotoFixer fixer;

    public PhotoEngine() {
        this(Clock.systemDefaultZone());
    }

    public PhotoEngine(Clock clock) {
        this.clock = clock;
        this.analyzer = new FaceAnalyzer(AnalysisSettings.defaults());
        this.textDetector = new TextDetector(640, 0.3, 0.6);
        this.decoder = new PhotoDecoder(DecodeLimits.DEFAULT.withWorkingLongSide(CHECK_WORKING_LONG_SIDE));
        this.fixer = new PhotoFixer(new ForTheFixer());
    }

    /** The largest file the engine reads whole; larger ones are judged from their first bytes only. */
    public static long maxFileBytes() {
        return DecodeLimits.DEFAULT.maxFileBytes();
    }

    /**
     * Fixes a photo into a passing file for {@code profile}, or refuses, saying what new photo to take (see
     * {@link PhotoFixer}). Thread-safe like {@link #inspect}; never throws for a bad file.
     */
    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options) {
        return fixer.fix(bytes, fileName, profile, options);
    }

    /** As {@link #fix(byte[], String, Profile, FixOptions)}, the fixed file compared with {@code reference} too. */
    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options, FaceEmbedding reference) {
        return fixer.fix(bytes, fileName, profile, options, reference);
    }

    /** The engine's analysis and check as the fixer uses them, kept out of the engine's public face. */
    private final class ForTheFixer implements PhotoFixer.Engine {
        @Override
        public boolean canAnalyse(org.opencv.core.Mat bgr) {
            return analyzer.canAnalyse(bgr);
        }

        @Override
        public FaceAnalysis analyse(org.opencv.core.Mat bgr) {
            return analyzer.analyse(bgr);
        }

        @Override
        public org.opencv.core.Mat personMask(org.opencv.core.Mat bgr) {
            return analyzer.personMask(bgr);
        }

        @Override
        public Inspection inspect(byte[] bytes, String fileName, Profile profile, FaceEmbedding reference) {
            return PhotoEngine.this.inspect(bytes, fileName, profile, reference);
        }

        @Override
        public Inspection inspect(FileFacts facts, DecodedPhoto photo, FaceAnalysis analysis, Profile profile) {
            return judge(facts, photo, analysis, null, false, profile, null, System.nanoTime());
        }
    }

    /**
     * Checks a file on disk. A file larger than the decode limit is judged from its first bytes only, and a file
     * that cannot be read at all is an UNREADABLE inspection: the whole of a huge file is never loaded.
     */
    public Inspection inspect(java.nio.file.Path file, Profile profile) {
        return inspect(file, profile, null);
    }

    /** As {@link #inspect(java.nio.file.Path, Profile)}, compared with a reference photo's face where not null. */
    public Inspection inspect(java.nio.file.Path file, Profile profile, FaceEmbedding reference) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > DecodeLimits.DEFAULT.maxFileBytes()) {
                byte[] head = new byte[64 * 1024];
                int n;
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                FileFacts facts = FileFactsReader.read(java.util.Arrays.copyOf(head, n), name).withSize(size);
                return inspect(facts, null, new UnreadablePhotoException(UnreadablePhotoException.Reason.TOO_LARGE_FILE,
                        (size >> 20) + " MB > " + (DecodeLimits.DEFAULT.maxFileBytes() >> 20) + " MB"), profile,
                        System.nanoTime());
            }
            return inspect(java.nio.file.Files.readAllBytes(file), name, profile, reference);
        } catch (java.io.IOException e) {
            FileFacts facts = FileFactsReader.read(new byte[0], name);
            return inspect(facts, null, new UnreadablePhotoException(UnreadablePhotoException.Reason.IO_ERROR,
                    e.getClass().getSimpleName()), profile, System.nanoTime());
        }
    }

    /** Checks one file against a profile. Never throws for a bad file: it becomes an UNREADABLE inspection. */
    public Inspection inspect(byte[] bytes, String fileName, Profile profile) {
        return inspect(bytes, fileName, profile, null);
    }

    /**
     * Checks one file against a profile and, where {@code reference} is not null, whether it shows the person of the
     * reference photo (FACE_SAME_PERSON). Never throws for a bad file.
     */
    public Inspection inspect(byte[] bytes, String fileName, Profile profile, FaceEmbedding reference) {
        long t0 = System.nanoTime();
        FileFacts facts = FileFactsReader.read(bytes, fileName);
        DecodedPhoto photo = null;
        UnreadablePhotoException unreadable = null;
        try {
            photo = decoder.decode(bytes, facts);
        } catch (UnreadablePhotoException e) {
            unreadable = e;
        }
        return inspect(facts, photo, unreadable, profile, reference, t0);
    }

    /**
     * The face of a reference photo (an admission or ID-card photo), for {@link #inspect(byte[], String, Profile,
     * FaceEmbedding)}; empty when the file cannot be read or shows no single usable face.
     */
    public java.util.Optional<FaceEmbedding> faceOf(byte[] bytes, String fileName) {
        FileFacts facts = FileFactsReader.read(bytes, fileName);
        DecodedPhoto photo;
        try {
            photo = decoder.decode(bytes, facts);
        } catch (UnreadablePhotoException e) {
            return java.util.Optional.empty();
        }
        try {
            if (!analyzer.canAnalyse(photo.bgr())) {
                return java.util.Optional.empty();
            }
            try (FaceAnalysis a = analyzer.analyse(photo.bgr())) {
                return a.face().map(f -> analyzer.embed(photo.bgr(), f.landmarks()));
            }
        } finally {
            photo.release();
        }
    }

    private Inspection inspect(FileFacts facts, DecodedPhoto photo, UnreadablePhotoException unreadable,
            Profile profile, long t0) {
        return inspect(facts, photo, unreadable, profile, null, t0);
    }

    private Inspection inspect(FileFacts facts, DecodedPhoto photo, UnreadablePhotoException unreadable,
            Profile profile, FaceEmbedding reference, long t0) {
        boolean tooSmall = photo != null && !analyzer.canAnalyse(photo.bgr());
        FaceAnalysis analysis = photo == null || tooSmall ? null : analyzer.analyse(photo.bgr());
        try {
            return judge(facts, photo, analysis, unreadable, tooSmall, profile, reference, t0);
        } finally {
            if (analysis != null) {
                analysis.close();
            }
            if (photo != null) {
                photo.release();
            }
        }
    }

    private Inspection judge(FileFacts facts, DecodedPhoto photo, FaceAnalysis analysis,
            UnreadablePhotoException unreadable, boolean tooSmall, Profile profile, FaceEmbedding reference, long t0) {
        List<Rule> rules = rules(profile);
        String fileName = facts.fileName();
        List<RuleResult> results = new ArrayList<>(rules.size());
        try (RuleContext ctx = new RuleContext(facts, photo, analysis, profile, LocalDate.now(clock), textDetector,
                tooSmall, reference, analyzer::embed)) {
            for (Rule r : rules) {
                if (r.appliesTo(ctx)) {
                    results.add(checked(r, ctx));
                }
            }
            return new Inspection(fileName, profile.id(), verdict(unreadable, results), facts,
                    unreadable == null ? null : unreadable.reason(), unreadable == null ? null : unreadable.detail(),
                    photo == null ? null : photo.displayWidth(), photo == null ? null : photo.displayHeight(),
                    analysis == null ? 0 : analysis.faces().size(), ctx.face().orElse(null), results,
                    hints(profile, results), (System.nanoTime() - t0) / 1e6);
        }
    }

    /** One rule's verdict; a rule that throws is logged and reported as not measured, the others still judge. */
    private static RuleResult checked(Rule rule, RuleContext ctx) {
        try {
            return rule.check(ctx);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> rule.id() + " failed on " + ctx.file().fileName(), e);
            return rule.measuringFailed(ctx);
        }
    }

    /**
     * The photo with the standard's guides and the measured lines drawn over it, as PNG; empty when the file
     * cannot be read as a picture.
     */
    public java.util.Optional<byte[]> annotate(byte[] bytes, Inspection inspection, Profile profile) {
        return annotateImage(bytes, inspection, profile).map(Annotator::png);
    }

    /** As {@link #annotate}, the picture itself (for thumbnails), labelled in English. */
    public java.util.Optional<java.awt.image.BufferedImage> annotateImage(byte[] bytes, Inspection inspection,
            Profile profile) {
        return annotateImage(bytes, inspection, profile, java.util.Locale.ENGLISH);
    }

    /** As {@link #annotate}, the picture itself, its labels in this language where the fonts can show it. */
    public java.util.Optional<java.awt.image.BufferedImage> annotateImage(byte[] bytes, Inspection inspection,
            Profile profile, java.util.Locale labels) {
        DecodedPhoto photo;
        try {
            photo = decoder.decode(bytes, inspection.file());
        } catch (UnreadablePhotoException e) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Annotator(profile, labels).draw(photo, inspection));
        } finally {
            photo.release();
        }
    }

    /** The rule set of a profile, built (and so validated) once. */
    public List<Rule> rules(Profile profile) {
        return ruleSets.computeIfAbsent(profile, RuleCatalogue::forProfile);
    }

    private static Verdict verdict(UnreadablePhotoException unreadable, List<RuleResult> results) {
        if (unreadable != null) {
            return Verdict.UNREADABLE;
        }
        if (results.stream().anyMatch(RuleResult::rejects)) {
            return Verdict.FAIL;
        }
        if (results.stream().anyMatch(r -> r.failed() && r.severity() == Severity.WARNING)) {
            return Verdict.WARNINGS;
        }
        return Verdict.PASS;
    }

    private static Map<Category, CategoryHint> hints(Profile profile, List<RuleResult> results) {
        Map<Category, CategoryHint> out = new EnumMap<>(Category.class);
        for (RuleResult r : results) {
            if (r.rejects()) {
                profile.hint(r.category()).ifPresent(h -> out.put(r.category(), h));
            }
        }
        return out;
    }
}
