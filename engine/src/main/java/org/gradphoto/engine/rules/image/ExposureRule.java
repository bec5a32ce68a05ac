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
 * IMG_EXPOSURE: the face evenly exposed (脸部曝光均匀): mean lightness of the face within limits, few clipped
 * highlights and few crushed shadows. Limits are wide enough for every skin tone.
 */
public final class ExposureRule extends Rule {

    public static final String ID = "IMG_EXPOSURE";

    private final double minMeanL;
    private final double maxMeanL;
    private final double clipL;
    private final double crushL;
    private final double maxClippedShare;

    public ExposureRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minMeanL = params.number("minMeanL");
        this.maxMeanL = params.number("maxMeanL");
        this.clipL = params.number("clipL");
        this.crushL = params.number("crushL");
        this.maxClippedShare = params.number("maxClippedShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "L* " + Measurement.range(minMeanL, maxMeanL, "") + ", clipped ≤ "
                + Measurement.num(maxClippedShare * 100, 0) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured("noFace", limit);
        }
        Mat oval = ctx.regions().oval();
        RegionStats s = RegionStats.of(ctx.lab(), oval);
        if (s.pixels() == 0) {
            return notMeasured("noFace", limit);
        }
        org.opencv.core.Rect box = org.opencv.imgproc.Imgproc.boundingRect(oval);
        double clipped;
        double crushed;
        try (MatScope m = new MatScope()) {
            Mat lab = m.sub(ctx.lab(), box);
            Mat inside = m.sub(oval, box);
            clipped = share(lab, inside, clipL, Core.CMP_GE) / s.pixels();
            crushed = share(lab, inside, crushL, Core.CMP_LE) / s.pixels();
        }
        Measurement m = new Measurement(Measurement.round(s.mean().l(), 1), "L*", "L* " + Measurement.num(s.mean().l(), 1)
                + ", clipped " + Measurement.num(clipped * 100, 1) + " %, crushed " + Measurement.num(crushed * 100, 1)
                + " %", limit, Map.of("clippedShare", Measurement.round(clipped, 4), "crushedShare",
                Measurement.round(crushed, 4)));
        if (s.mean().l() < minMeanL || crushed > maxClippedShare) {
            return fail("dark", m);
        }
        return verdict(s.mean().l() <= maxMeanL && clipped <= maxClippedShare, "bright", m);
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
