package org.gradphoto.engine.rules.face;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FACE_FOUND: exactly one face, and its key points (the 468-point mesh) could be taken. */
public final class FaceFoundRule extends Rule {

    public static final String ID = "FACE_FOUND";

    private final int faces;

    public FaceFoundRule(Profile profile) {
        super(ID, Category.KEYPOINTS, profile);
        this.faces = params.integer("faces");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = String.valueOf(faces);
        if (ctx.analysis().isEmpty()) {
            return notMeasured(ctx, "noImage", limit);
        }
        int n = ctx.analysis().get().faces().size();
        Measurement m = Measurement.of(n, "", 0, limit);
        if (n == 0) {
            return fail("none", m);
        }
        if (n > faces) {
            return fail("several", m);
        }
        if (ctx.face().isEmpty()) {
            return fail("noKeypoints", m);
        }
        return pass(m);
    }
}
