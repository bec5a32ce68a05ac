package org.gradphoto.engine.rules.face;

import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * FACE_SAME_PERSON: the photo shows the person of a reference photo (the admission photo, an ID-card photo, a photo
 * approved before; seed 002 refuses 非本人照片, seed 004 compares with the admission photo on chsi). The similarity
 * of the two faces' embeddings, checked only when a reference is given.
 */
public final class SamePersonRule extends Rule {

    public static final String ID = "FACE_SAME_PERSON";

    private final double minSimilarity;

    public SamePersonRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minSimilarity = params.number("minSimilarity");
    }

    @Override
    public boolean appliesTo(RuleContext ctx) {
        return ctx.reference().isPresent();
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "similarity ≥ " + Measurement.num(minSimilarity, 2);
        FaceEmbedding reference = ctx.reference().orElseThrow();
        if (ctx.embedding().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double s = ctx.embedding().get().similarity(reference);
        return verdict(Measurement.round(s, 2) >= minSimilarity, null, Measurement.of(s, "", 2, limit));
    }
}
