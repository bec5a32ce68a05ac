package org.gradphoto.engine.rules.background;

import org.gradphoto.engine.profile.BackgroundColour;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.LabColour;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * BG_COLOR: the mean background colour (pixels well away from the person) within ΔE of one of the profile's
 * colours. A profile that allows any plain colour (seed 004) only reports the nearest named one.
 */
public final class BackgroundColourRule extends Rule {

    public static final String ID = "BG_COLOR";

    private final double maxDeltaE;
    private final double minShare;
    private final Profile profile;

    public BackgroundColourRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.profile = profile;
        this.maxDeltaE = params.number("maxDeltaE");
        this.minShare = params.number("minBackgroundShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String names = String.join(" / ", profile.backgrounds().stream().map(b -> b.nameZh() + " " + rgb(b)).toList());
        String limit = (profile.anyPlainBackground() ? "纯色 plain colour; " : "") + names + ", ΔE ≤ "
                + Measurement.num(maxDeltaE, 0);
        if (ctx.analysis().isEmpty()) {
            return notMeasured(ctx, "noImage", limit);
        }
        RegionStats bg = ctx.background();
        if (ctx.backgroundShare() < minShare) {
            return notMeasured(ctx, "noBackground", limit);
        }
        BackgroundColour nearest = null;
        double best = Double.MAX_VALUE;
        for (BackgroundColour b : profile.backgrounds()) {
            double d = bg.mean().deltaE(LabColour.fromRgb(b.r(), b.g(), b.b()));
            if (d < best) {
                best = d;
                nearest = b;
            }
        }
        String seen = bg.mean().toString();
        if (nearest == null) {
            return pass(Measurement.text(seen, limit), "—", "—");
        }
        Measurement m = new Measurement(Measurement.round(best, 1), "ΔE", seen + ", ΔE " + Measurement.num(best, 1)
                + " (" + nearest.id() + ")", limit, java.util.Map.of("L", bg.mean().l(), "a", bg.mean().a(),
                "b", bg.mean().b()));
        return verdict(best <= maxDeltaE || profile.anyPlainBackground(), null, m, nearest.nameZh(), nearest.nameEn());
    }

    private static String rgb(BackgroundColour b) {
        return "RGB(" + b.r() + "," + b.g() + "," + b.b() + ")";
    }
}
