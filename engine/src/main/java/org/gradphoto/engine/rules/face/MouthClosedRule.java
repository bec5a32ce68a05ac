package org.gradphoto.engine.rules.face;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** EXPR_MOUTH_CLOSED: lips naturally closed: the gap between the inner lips small against the mouth width. */
public final class MouthClosedRule extends Rule {

    public static final String ID = "EXPR_MOUTH_CLOSED";

    private final double maxOpen;

    public MouthClosedRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.maxOpen = params.number("maxOpenRatio");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + Measurement.num(maxOpen, 3);
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double r = ctx.face().get().mouthOpenRatio();
        return verdict(r <= maxOpen, null, Measurement.of(r, "", 3, limit));
    }
}
