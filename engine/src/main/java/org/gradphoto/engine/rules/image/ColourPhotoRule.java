package org.gradphoto.engine.rules.image;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * IMG_COLOR: a colour photo (彩色头像), not grey or sepia-toned: the chroma of the skin (cheeks, forehead) at
 * least the profile's minimum. Without a face the whole picture's chroma is used.
 */
public final class ColourPhotoRule extends Rule {

    public static final String ID = "IMG_COLOR";

    private final double minChroma;

    public ColourPhotoRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minChroma = params.number("minSkinChroma");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "C* ≥ " + Measurement.num(minChroma, 1);
        if (ctx.photo().isEmpty()) {
            return notMeasured(ctx, "noImage", limit);
        }
        RegionStats s = ctx.workingFace().isPresent()
                ? RegionStats.of(ctx.lab(), ctx.regions().skin()) : RegionStats.of(ctx.lab(), null);
        double chroma = s.mean().chroma();
        return verdict(chroma >= minChroma, null, Measurement.of(chroma, "C*", 1, limit));
    }
}
