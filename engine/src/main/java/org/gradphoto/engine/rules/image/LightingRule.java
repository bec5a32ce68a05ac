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
 * IMG_LIGHTING: even light left and right (无明显可见或不对称的高光、光斑): the difference in mean lightness
 * between the two halves of the face, and the share of the face taken by specular hot spots (very light,
 * colourless pixels).
 */
public final class LightingRule extends Rule {

    public static final String ID = "IMG_LIGHTING";

    private final double maxSideDifference;
    private final double hotSpotL;
    private final double hotSpotMaxChroma;
    private final double maxHotSpotShare;

    public LightingRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.maxSideDifference = params.number("maxSideDifferenceL");
        this.hotSpotL = params.number("hotSpotL");
        this.hotSpotMaxChroma = params.number("hotSpotMaxChroma");
        this.maxHotSpotShare = params.number("maxHotSpotShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "ΔL* ≤ " + Measurement.num(maxSideDifference, 0) + ", hot spots ≤ "
                + Measurement.num(maxHotSpotShare * 100, 1) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        RegionStats left = RegionStats.of(ctx.lab(), ctx.regions().half(true));
        RegionStats right = RegionStats.of(ctx.lab(), ctx.regions().half(false));
        if (left.pixels() == 0 || right.pixels() == 0) {
            return notMeasured(ctx, "noFace", limit);
        }
        double diff = Math.abs(left.mean().l() - right.mean().l());
        double hot = hotSpots(ctx.lab(), ctx.regions().oval());
        Measurement m = new Measurement(Measurement.round(diff, 1), "L*", "ΔL* " + Measurement.num(diff, 1)
                + ", hot spots " + Measurement.num(hot * 100, 2) + " %", limit,
                Map.of("sideDifferenceL", Measurement.round(diff, 2), "hotSpotShare", Measurement.round(hot, 4)));
        if (diff > maxSideDifference) {
            return fail("uneven", m);
        }
        return verdict(hot <= maxHotSpotShare, "hotSpots", m);
    }

    private double hotSpots(Mat wholeLab, Mat wholeOval) {
        org.opencv.core.Rect box = org.opencv.imgproc.Imgproc.boundingRect(wholeOval);
        try (MatScope m = new MatScope()) {
            Mat oval = m.sub(wholeOval, box);
            Mat light = m.mat();
            Core.inRange(m.sub(wholeLab, box), new Scalar(hotSpotL, -hotSpotMaxChroma, -hotSpotMaxChroma),
                    new Scalar(101, hotSpotMaxChroma, hotSpotMaxChroma), light);
            Core.bitwise_and(light, oval, light);
            return (double) Core.countNonZero(light) / Math.max(1, Core.countNonZero(oval));
        }
    }
}
