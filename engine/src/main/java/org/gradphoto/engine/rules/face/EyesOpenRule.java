package org.gradphoto.engine.rules.face;

import java.util.Map;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** EXPR_EYES_OPEN: both eyes naturally open, by the eye-state model on level crops of each eye. */
public final class EyesOpenRule extends Rule {

    public static final String ID = "EXPR_EYES_OPEN";

    private final double minOpen;

    public EyesOpenRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minOpen = params.number("minOpen");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "p(open) ≥ " + Measurement.num(minOpen, 2);
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.face().get();
        double least = Math.min(f.eyeOpenRight(), f.eyeOpenLeft());
        Measurement m = Measurement.of(least, "", 2, limit).with(Map.of(
                "right", Measurement.round(f.eyeOpenRight(), 3), "left", Measurement.round(f.eyeOpenLeft(), 3)));
        boolean both = f.eyeOpenRight() < minOpen && f.eyeOpenLeft() < minOpen;
        return verdict(least >= minOpen, both ? "both" : "one", m);
    }
}
