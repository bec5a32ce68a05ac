package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** GEOM_CENTERED: the face centre (between the cheeks) near the vertical midline, as a share of the width. */
public final class CenteredRule extends Rule {

    public static final String ID = "GEOM_CENTERED";

    private final double maxOffset;

    public CenteredRule(Profile profile) {
        super(ID, Category.EYES, profile);
        this.maxOffset = params.number("maxOffset");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + Measurement.num(maxOffset * 100, 0) + " %";
        if (ctx.face().isEmpty() || ctx.photo().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double width = ctx.photo().get().displayWidth();
        double offsetPx = ctx.face().get().faceCentreX() - width / 2;
        double share = Math.abs(offsetPx) / width;
        Measurement m = Measurement.of(share * 100, "%", 1, limit).with(java.util.Map.of("offsetPx", offsetPx));
        return verdict(share <= maxOffset, offsetPx < 0 ? "left" : "right", m, Measurement.num(Math.abs(offsetPx), 0));
    }
}
