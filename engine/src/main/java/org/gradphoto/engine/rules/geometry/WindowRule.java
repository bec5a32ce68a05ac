package org.gradphoto.engine.rules.geometry;

import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** A face measurement in pixels that must fall inside a window [min, max] of the profile. */
abstract class WindowRule extends Rule {

    private final double min;
    private final double max;

    WindowRule(String id, Profile profile, java.util.function.Function<org.gradphoto.engine.profile.FrameSpec,
            org.gradphoto.engine.profile.Window> window) {
        super(id, Category.EYES, profile);
        org.gradphoto.engine.profile.Window w;
        try {
            w = window.apply(profile.frame());
        } catch (IllegalArgumentException e) {
            throw new org.gradphoto.engine.profile.InvalidProfileException(profile.id(), id + " min > max");
        }
        this.min = w.min();
        this.max = w.max();
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The measured value in original pixels. */
    abstract double measure(FaceFacts face);

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = Measurement.range(min, max, "px");
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double v = measure(ctx.face().get());
        Measurement m = Measurement.of(v, "px", 0, limit);
        if (v < min) {
            return fail("low", m);
        }
        return verdict(v <= max, "high", m);
    }
}
