package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** GEOM_CROWN: top of the head (hair included) 50-110 px below the top edge. */
public final class CrownRule extends WindowRule {

    public static final String ID = "GEOM_CROWN";

    public CrownRule(Profile profile) {
        super(ID, profile, org.gradphoto.engine.profile.FrameSpec::crown);
    }

    @Override
    double measure(FaceFacts face) {
        return face.crownY();
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        if (ctx.face().isPresent() && ctx.face().get().crownAtTopEdge()) {
            return fail("atEdge", Measurement.of(0, "px", 0, Measurement.range(min(), max(), "px")));
        }
        return super.check(ctx);
    }
}
