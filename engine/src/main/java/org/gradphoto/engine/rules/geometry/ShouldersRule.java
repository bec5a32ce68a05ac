package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.face.Shoulders;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * GEOM_SHOULDERS: both shoulders level (左右肩膀平衡): the difference in height of the shoulder line, one face
 * width either side of the face, as a share of the picture height; with {@code inFrame} (seed 004, 肩膀照全)
 * both shoulders must also be inside the picture.
 */
public final class ShouldersRule extends Rule {

    public static final String ID = "GEOM_SHOULDERS";

    private final double maxDrop;
    private final boolean inFrame;

    public ShouldersRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.maxDrop = params.number("maxDrop");
        this.inFrame = params.flag("inFrame", false);
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + Measurement.num(maxDrop * 100, 0) + " %" + (inFrame ? " (in frame)" : "");
        if (ctx.face().isEmpty() || ctx.photo().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        Shoulders s = ctx.face().get().shoulders();
        if (!s.bothFound()) {
            if (inFrame) {
                return fail("outOfFrame", Measurement.text("—", limit));
            }
            return notMeasured(ctx, "noShoulders", limit);
        }
        double drop = s.drop() / ctx.photo().get().displayHeight();
        Measurement m = Measurement.of(drop * 100, "%", 1, limit)
                .with(java.util.Map.of("rightY", s.rightY(), "leftY", s.leftY()));
        return verdict(drop <= maxDrop, s.rightY() > s.leftY() ? "rightLower" : "leftLower", m);
    }
}
