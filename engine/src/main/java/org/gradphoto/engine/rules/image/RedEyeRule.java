package org.gradphoto.engine.rules.image;

import org.gradphoto.engine.image.MatScope;
import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/** IMG_RED_EYE: no red eye: the share of strongly red pixels (high a*, little yellow) inside each eye. */
public final class RedEyeRule extends Rule {

    public static final String ID = "IMG_RED_EYE";

    private final double minA;
    private final double maxShare;

    public RedEyeRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minA = params.number("minRedA");
        this.maxShare = params.number("maxRedShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + Measurement.num(maxShare * 100, 0) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double right = redShare(ctx.lab(), ctx.regions().eye(true));
        double left = redShare(ctx.lab(), ctx.regions().eye(false));
        double worst = Math.max(right, left);
        Measurement m = Measurement.of(worst * 100, "%", 1, limit)
                .with(Map.of("right", Measurement.round(right, 4), "left", Measurement.round(left, 4)));
        return verdict(worst <= maxShare, null, m);
    }

    private double redShare(Mat wholeLab, Mat wholeEye) {
        org.opencv.core.Rect box = org.opencv.imgproc.Imgproc.boundingRect(wholeEye);
        if (box.area() == 0) {
            return 0;
        }
        try (MatScope m = new MatScope()) {
            Mat eye = m.sub(wholeEye, box);
            int n = Core.countNonZero(eye);
            if (n == 0) {
                return 0;
            }
            Mat red = m.mat();
            // red pupils: a* high and b* low (skin and lids are orange: b* close to a*)
            Core.inRange(m.sub(wholeLab, box), new Scalar(5, minA, -128), new Scalar(101, 128, minA), red);
            Core.bitwise_and(red, eye, red);
            return (double) Core.countNonZero(red) / n;
        }
    }
}
