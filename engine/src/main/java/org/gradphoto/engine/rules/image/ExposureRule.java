package org.gradphoto.engine.rules.image;

import org.gradphoto.engine.image.MatScope;
import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * IMG_EXPOSURE: the face evenly exposed (脸部曝光均匀): mean lightness of the face within limits, its lighter
 * parts (95th percentile of lightness) light enough, few clipped highlights and few crushed shadows. The mean
 * alone cannot tell dark skin from a dark photo; the highlights can: a well-lit face, of any skin tone, has some.
 */
public final class ExposureRule extends Rule {

    public static final String ID = "IMG_EXPOSURE";

    private final double minMeanL;
    private final double maxMeanL;
    private final double clipL;
    private final double crushL;
    private final double maxClippedShare;
    private final double minHighlightL;

    public ExposureRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minMeanL = params.number("minMeanL");
        this.maxMeanL = params.number("maxMeanL");
        this.clipL = params.number("clipL");
        this.crushL = params.number("crushL");
        this.maxClippedShare = params.number("maxClippedShare");
        this.minHighlightL = params.number("minHighlightL");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "L* " + Measurement.range(minMeanL, maxMeanL, "") + ", p95 ≥ " + Measurement.num(minHighlightL, 0)
                + ", clipped ≤ "
                + Measurement.num(maxClippedShare * 100, 0) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        Mat oval = ctx.regions().oval();
        RegionStats s = RegionStats.of(ctx.lab(), oval);
        if (s.pixels() == 0) {
            return notMeasured(ctx, "noFace", limit);
        }
        org.opencv.core.Rect box = org.opencv.imgproc.Imgproc.boundingRect(oval);
        double clipped;
        double crushed;
        double highlight;
        try (MatScope m = new MatScope()) {
            Mat lab = m.sub(ctx.lab(), box);
            Mat inside = m.sub(oval, box);
            clipped = share(lab, inside, clipL, Core.CMP_GE) / s.pixels();
            crushed = share(lab, inside, crushL, Core.CMP_LE) / s.pixels();
            highlight = percentileL(lab, inside, 0.95);
        }
        Measurement m = new Measurement(Measurement.round(s.mean().l(), 1), "L*", "L* " + Measurement.num(s.mean().l(), 1)
                + " (p95 " + Measurement.num(highlight, 1) + "), clipped " + Measurement.num(clipped * 100, 1)
                + " %, crushed " + Measurement.num(crushed * 100, 1) + " %", limit,
                Map.of("clippedShare", Measurement.round(clipped, 4), "crushedShare", Measurement.round(crushed, 4),
                        "highlightL", Measurement.round(highlight, 1)));
        if (s.mean().l() < minMeanL || highlight < minHighlightL || crushed > maxClippedShare) {
            return fail("dark", m);
        }
        return verdict(s.mean().l() <= maxMeanL && clipped <= maxClippedShare, "bright", m);
    }

    /** The lightness below which {@code q} of the masked pixels lie (1-unit bins). */
    private static double percentileL(Mat lab, Mat mask, double q) {
        try (MatScope m = new MatScope()) {
            Mat l = m.mat();
            Core.extractChannel(lab, l, 0);
            Mat hist = m.mat();
            org.opencv.imgproc.Imgproc.calcHist(java.util.List.of(l), new org.opencv.core.MatOfInt(0), mask, hist,
                    new org.opencv.core.MatOfInt(101), new org.opencv.core.MatOfFloat(0, 101));
            float[] h = new float[101];
            hist.get(0, 0, h);
            double total = 0;
            for (float v : h) {
                total += v;
            }
            double acc = 0;
            for (int i = 0; i < h.length; i++) {
                acc += h[i];
                if (acc >= q * total) {
                    return i + 0.5;
                }
            }
            return 100;
        }
    }

    private static double share(Mat lab, Mat mask, double level, int cmp) {
        Mat l = new Mat();
        Core.extractChannel(lab, l, 0);
        Mat hit = new Mat();
        Core.compare(l, new Scalar(level), hit, cmp);
        Core.bitwise_and(hit, mask, hit);
        double n = Core.countNonZero(hit);
        l.release();
        hit.release();
        return n;
    }
}
