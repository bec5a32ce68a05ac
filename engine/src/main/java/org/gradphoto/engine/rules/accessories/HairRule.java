package org.gradphoto.engine.rules.accessories;

import org.gradphoto.engine.image.MatScope;
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
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * ACC_HAIR: hair off the eyebrows, the eyes and the ears (头发不得遮挡眉毛、眼睛和耳朵). Above each eyebrow a band of
 * forehead should be skin; beside each cheek, where the ear is, the person should show skin rather than hair.
 * Shares of skin-coloured pixels (the cheeks' hue, not much darker) decide. Hair over a brow whose eye the eye-state
 * model does not see open is hair over the eye: reported at {@code eyeSeverity} (an error in the national profile);
 * the brows and ears alone at the rule's own severity.
 */
public final class HairRule extends Rule {

    public static final String ID = "ACC_HAIR";

    private final double skinAbDistance;
    private final double skinMinRelativeL;
    private final double minBrowBandSkin;
    private final double minEarSkin;
    private final double minEyeOpen;
    private final Severity eyeSeverity;

    public HairRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.skinAbDistance = params.number("skinAbDistance");
        this.skinMinRelativeL = params.number("skinMinRelativeL");
        this.minBrowBandSkin = params.number("minBrowBandSkinShare");
        this.minEarSkin = params.number("minEarSkinShare");
        this.minEyeOpen = params.number("minEyeOpen");
        this.eyeSeverity = params.severity("eyeSeverity");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "brows skin ≥ " + Measurement.num(minBrowBandSkin * 100, 0) + " %, ears skin ≥ "
                + Measurement.num(minEarSkin * 100, 0) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.workingFace().get();
        LabColour skin = RegionStats.of(ctx.lab(), ctx.regions().skin()).mean();
        double fw = f.faceWidth();
        FaceLandmarks lm = f.landmarks();
        double browRight = browBand(ctx, skin, lm, FaceLandmarks.BROW_RIGHT, fw);
        double browLeft = browBand(ctx, skin, lm, FaceLandmarks.BROW_LEFT, fw);
        double brows = Math.min(browRight, browLeft);
        // hair down over a brow and that eye not seen open: the hair covers the eye
        boolean eyeCovered = browRight < minBrowBandSkin && f.eyeOpenRight() < minEyeOpen
                || browLeft < minBrowBandSkin && f.eyeOpenLeft() < minEyeOpen;
        double earRight = ear(ctx, skin, f, true);
        double earLeft = ear(ctx, skin, f, false);
        double ears = Math.min(earRight, earLeft);
        Measurement m = new Measurement(Measurement.round(Math.min(brows, ears) * 100, 0), "%", "brows "
                + Measurement.num(brows * 100, 0) + " %, ears " + Measurement.num(earRight * 100, 0) + " / "
                + Measurement.num(earLeft * 100, 0) + " % skin", limit,
                Map.of("browBandSkinShare", Measurement.round(brows, 3), "earRightSkinShare",
                        Measurement.round(earRight, 3), "earLeftSkinShare", Measurement.round(earLeft, 3),
                        "browsOrEyeCovered", brows < minBrowBandSkin ? 1.0 : 0.0, "eyeCovered", eyeCovered ? 1.0 : 0.0));
        if (eyeCovered) {
            return failWith(eyeSeverity, "eye", m);
        }
        if (brows < minBrowBandSkin) {
            return fail("brows", m);
        }
        return verdict(ears >= minEarSkin, "ears", m);
    }

    /** Skin share of the band just above one eyebrow (a tenth of the face width high). */
    private double browBand(RuleContext ctx, LabColour skin, FaceLandmarks lm, int[] brow, double fw) {
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (int i : brow) {
            x0 = Math.min(x0, lm.x(i));
            x1 = Math.max(x1, lm.x(i));
            top = Math.min(top, lm.y(i));
        }
        return skinShare(ctx, box(ctx, x0, top - 0.12 * fw, x1, top - 0.02 * fw), skin, null);
    }

    /** Skin share among person pixels just outside one cheek, from the eye line down, where the ear is. */
    private double ear(RuleContext ctx, LabColour skin, FaceFacts f, boolean right) {
        double fw = f.faceWidth();
        double cx = right ? f.cheekRight().x : f.cheekLeft().x;
        double x0 = right ? cx - 0.14 * fw : cx + 0.02 * fw;
        double x1 = right ? cx - 0.02 * fw : cx + 0.14 * fw;
        return skinShare(ctx, box(ctx, x0, f.eyeLineY(), x1, f.eyeLineY() + 0.3 * fw), skin,
                ctx.analysis().orElseThrow().personMask());
    }

    /**
     * Skin in shade is darker but keeps its hue: close to the cheeks in a* and b*, and not much darker. Hair is
     * darker still (or, when fair, far in hue); the background is excluded by the person mask.
     */
    private boolean isSkin(LabColour c, LabColour skin) {
        return Math.hypot(c.a() - skin.a(), c.b() - skin.b()) <= skinAbDistance && c.l() >= skinMinRelativeL * skin.l();
    }

    /** The box clipped to the picture, or null when nothing of it is inside. */
    private static Rect box(RuleContext ctx, double x0, double y0, double x1, double y1) {
        int w = ctx.photo().orElseThrow().width();
        int h = ctx.photo().orElseThrow().height();
        int a = (int) Math.max(0, Math.floor(x0));
        int b = (int) Math.max(0, Math.floor(y0));
        int c = (int) Math.min(w, Math.ceil(x1));
        int d = (int) Math.min(h, Math.ceil(y1));
        return c > a && d > b ? new Rect(a, b, c - a, d - b) : null;
    }

    private double skinShare(RuleContext ctx, Rect region, LabColour skin, Mat person) {
        if (region == null) {
            return 1.0;
        }
        float[] px = new float[region.width * region.height * 3];
        float[] p = person == null ? null : new float[region.width * region.height];
        try (MatScope m = new MatScope()) {
            m.add(m.sub(ctx.lab(), region).clone()).get(0, 0, px);
            if (p != null) {
                m.add(m.sub(person, region).clone()).get(0, 0, p);
            }
        }
        int counted = 0;
        int skinLike = 0;
        for (int i = 0; i < region.width * region.height; i++) {
            if (p != null && p[i] < 0.5) {
                continue;
            }
            counted++;
            LabColour c = new LabColour(px[3 * i], px[3 * i + 1], px[3 * i + 2]);
            if (isSkin(c, skin)) {
                skinLike++;
            }
        }
        // no person pixels there at all (ear region outside the picture or in the background): nothing covers it
        return counted == 0 ? 1.0 : (double) skinLike / counted;
    }
}
