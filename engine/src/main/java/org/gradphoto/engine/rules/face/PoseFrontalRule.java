package org.gradphoto.engine.rules.face;

import java.util.Map;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** POSE_FRONTAL: head turned (yaw) and bent (pitch) within the limits: 平视, 耳朵对称. */
public final class PoseFrontalRule extends Rule {

    public static final String ID = "POSE_FRONTAL";

    private final double maxYaw;
    private final double maxPitch;

    public PoseFrontalRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.maxYaw = params.number("maxYaw");
        this.maxPitch = params.number("maxPitch");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "|yaw| ≤ " + Measurement.num(maxYaw, 0) + "°, |pitch| ≤ " + Measurement.num(maxPitch, 0) + "°";
        if (ctx.face().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.face().get();
        double yawShare = Math.abs(f.yaw()) / maxYaw;
        double pitchShare = Math.abs(f.pitch()) / maxPitch;
        boolean yawWorse = yawShare >= pitchShare;
        Measurement m = new Measurement(Measurement.round(yawWorse ? f.yaw() : f.pitch(), 1), "°",
                "yaw " + Measurement.num(f.yaw(), 1) + "°, pitch " + Measurement.num(f.pitch(), 1) + "°", limit,
                Map.of("yaw", Measurement.round(f.yaw(), 1), "pitch", Measurement.round(f.pitch(), 1)));
        if (yawShare > 1) {
            return fail("yaw", m);
        }
        return verdict(pitchShare <= 1, f.pitch() > 0 ? "down" : "up", m);
    }
}
