package org.gradphoto.engine.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.face.AnalysisSettings;
import org.gradphoto.engine.face.FaceAnalyzer;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;

/** One engine per test JVM (models load once), on a fixed date so that recency checks are repeatable. */
public final class Engines {

    /** "Today" for every test: 2026-11-26. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /**
     * Face width of the compliant fixtures: inside its window, and wide enough that the file scaled by 1.4 leaves it
     * (the fixer's own best placement, about 205-212 px, would stay inside at 1.4x).
     */
    public static final double COMPLIANT_FACE_WIDTH = 225;

    private static volatile PhotoEngine engine;
    private static volatile FaceAnalyzer analyzer;
    private static final Map<String, byte[]> FIXED = new ConcurrentHashMap<>();

    private Engines() {
    }

    public static PhotoEngine engine() {
        if (engine == null) {
            synchronized (Engines.class) {
                if (engine == null) {
                    engine = new PhotoEngine(CLOCK);
                }
            }
        }
        return engine;
    }

    /** The engine, as the one that fixes photos ({@link PhotoEngine#fix}). */
    public static PhotoEngine fixer() {
        return engine();
    }

    /** A face analyzer of its own, for tests that look at the analysis itself (the engine keeps its private). */
    public static FaceAnalyzer analyzer() {
        if (analyzer == null) {
            synchronized (Engines.class) {
                if (analyzer == null) {
                    analyzer = new FaceAnalyzer(AnalysisSettings.defaults());
                }
            }
        }
        return analyzer;
    }

    public static Profile chsi() {
        return Profiles.get("chsi-2017");
    }

    public static Inspection check(byte[] file, String name) {
        return engine().inspect(file, name, chsi());
    }

    /**
     * A compliant 480 x 640 file made from a shipped portrait by the fixer (light-blue background, face width
     * {@link #COMPLIANT_FACE_WIDTH}), cached per JVM.
     */
    public static byte[] compliant(String shippedPortrait) {
        return FIXED.computeIfAbsent(shippedPortrait, name -> {
            FixResult r = fixer().fix(Faces.bytes(Faces.shipped(name)), name, chsi(),
                    FixOptions.background("blue").withFaceWidth(COMPLIANT_FACE_WIDTH));
            if (!r.fixed()) {
                throw new IllegalStateException(name + " could not be fixed: " + r.refusal());
            }
            return r.bytes();
        });
    }
}
