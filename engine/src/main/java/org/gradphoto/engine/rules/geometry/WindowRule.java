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
    private final int frameWidth;
    private final int frameHeight;

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
        this.frameWidth = profile.frame().width();
        this.frameHeight = profile.frame().height();
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether the file is the profile's frame, shown upright (other sizes are framed by the fix first). */
    final boolean frameSized(RuleContext ctx) {
        var f = ctx.file();
        return f.width() != null && f.height() != null && f.width() == frameWidth && f.height() == frameHeight
                && !f.orientationSwapsAxes();
    }

    /** The measured value in original pixels. */
    abstract double measure(FaceFacts face);

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = Measurement.range(min, max, "px");
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        if (!frameSized(ctx)) {
            // the windows are pixels of the profile's frame: on a picture of another size they say nothing yet
            return notMeasured(ctx, "wrongSize", limit);
        }
        double v = measure(ctx.face().get());
        Measurement m = Measurement.of(v, "px", 0, limit);
        if (v < min) {
            return fail("low", m);
        }
        return verdict(v <= max, "high", m);
    }
}
