package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** GEOM_EYES_LEVEL: the line through the eye centres within a few degrees of horizontal (瞳孔平行角度). */
public final class EyesLevelRule extends Rule {

    public static final String ID = "GEOM_EYES_LEVEL";

    private final double maxDegrees;

    public EyesLevelRule(Profile profile) {
        super(ID, Category.EYES, profile);
        this.maxDegrees = params.number("maxDegrees");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + Measurement.num(maxDegrees, 1) + "°";
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double roll = ctx.face().get().roll();
        return verdict(Math.abs(roll) <= maxDegrees, null, Measurement.of(roll, "°", 1, limit));
    }
}
