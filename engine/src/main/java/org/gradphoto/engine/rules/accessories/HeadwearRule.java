package org.gradphoto.engine.rules.accessories;

import java.util.Map;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.face.FaceLandmarks;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.LabColour;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * ACC_HEADWEAR: no head covering (不得使用头部覆盖物). The top of the head, between crown and hairline, should
 * look like hair (the eyebrows' colour stands in for it) or skin (a bald or shaved head: skin keeps its chroma
 * under a light from above while its lightness changes, so lightness counts at {@code skinLightnessWeight}); a
 * covering of another colour fails at the rule's severity. Where the profile allows religious or medical
 * coverings that leave the face clear (seed 002), it is a warning for the reviewer to judge. A head far taller
 * than hair makes it is a warning whatever the profile: a bun or an ornament more often than a hat.
 */
public final class HeadwearRule extends Rule {

    public static final String ID = "ACC_HEADWEAR";

    private final double minDeltaE;
    private final double maxCrownHeight;
    private final double skinLightnessWeight;
    private final boolean coveringForFaithOrHealth;

    public HeadwearRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minDeltaE = params.number("minDeltaEFromHairAndSkin");
        this.maxCrownHeight = params.number("maxCrownAboveHairline");
        this.skinLightnessWeight = params.number("skinLightnessWeight");
        this.coveringForFaithOrHealth = params.flag("religiousOrMedicalAllowed", false);
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "ΔE(hair, skin) < " + Measurement.num(minDeltaE, 0) + ", crown–hairline ≤ "
                + Measurement.num(maxCrownHeight, 2) + " × face width";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.workingFace().get();
        double fw = f.faceWidth();
        double height = (f.hairlineY() - f.crownY()) / fw;
        Mat top = ctx.regions().box(f.faceCentreX() - 0.25 * fw, f.crownY() + 0.03 * fw, f.faceCentreX() + 0.25 * fw,
                f.hairlineY() - 0.05 * fw);
        Mat person = new Mat();
        Imgproc.threshold(ctx.analysis().orElseThrow().personMask(), person, 0.5, 255, Imgproc.THRESH_BINARY);
        Mat person8 = new Mat();
        person.convertTo(person8, CvType.CV_8U);
        Core.bitwise_and(top, person8, top);
        person.release();
        person8.release();
        RegionStats crown = RegionStats.of(ctx.lab(), top);
        if (crown.pixels() == 0) {
            return pass(Measurement.text("—", limit));
        }
        LabColour hair = darkerBrow(ctx);
        LabColour skin = RegionStats.of(ctx.lab(), ctx.regions().skin()).mean();
        LabColour colour = crown.mean();
        double distance = Math.min(colour.deltaE(hair), skinDistance(colour, skin));
        Measurement m = new Measurement(Measurement.round(distance, 1), "ΔE", "ΔE " + Measurement.num(distance, 1)
                + " (" + colour + "), crown–hairline " + Measurement.num(height, 2) + " × face width", limit,
                Map.of("crownAboveHairline", Measurement.round(height, 3)));
        if (height > maxCrownHeight) {
            return failWith(Severity.WARNING, "tall", m);
        }
        if (distance < minDeltaE) {
            return pass(m);
        }
        return coveringForFaithOrHealth ? failWith(Severity.WARNING, "colour.reviewer", m) : fail("colour", m);
    }

    /** ΔE to the skin with lightness weighted down: a scalp lit from above is lighter than the cheeks, not another hue. */
    private double skinDistance(LabColour c, LabColour skin) {
        double dl = skinLightnessWeight * (c.l() - skin.l());
        return Math.sqrt(dl * dl + (c.a() - skin.a()) * (c.a() - skin.a()) + (c.b() - skin.b()) * (c.b() - skin.b()));
    }

    /** Colour of the darker eyebrow band: the hair colour where nothing better is known. */
    private static LabColour darkerBrow(RuleContext ctx) {
        FaceLandmarks lm = ctx.workingFace().orElseThrow().landmarks();
        LabColour best = null;
        for (int[] brow : new int[][] {{70, 63, 105, 66, 107, 55, 65, 52, 53, 46}, {300, 293, 334, 296, 336, 285, 295, 282, 283, 276}}) {
            LabColour c = RegionStats.of(ctx.lab(), ctx.regions().polygon(brow)).mean();
            if (best == null || c.l() < best.l()) {
                best = c;
            }
        }
        return best;
    }
}
