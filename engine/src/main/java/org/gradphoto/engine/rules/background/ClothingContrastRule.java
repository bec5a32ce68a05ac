package org.gradphoto.engine.rules.background;

import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * BG_CLOTHING_CONTRAST: the clothes clearly differ from the background (衣着应与背景色区分明显; the uploader's
 * 黑边检测). Clothing is the person below the neck (from 0.4 face widths under the chin); its mean colour is
 * compared with the background's.
 */
public final class ClothingContrastRule extends Rule {

    public static final String ID = "BG_CLOTHING_CONTRAST";

    private final double minDeltaE;

    public ClothingContrastRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minDeltaE = params.number("minDeltaE");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "ΔE ≥ " + Measurement.num(minDeltaE, 0);
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.workingFace().get();
        RegionStats bg = ctx.background();
        Mat person = ctx.analysis().orElseThrow().personMask();
        int top = (int) Math.round(f.chinY() + 0.4 * f.faceWidth());
        int bottom = person.rows();
        if (bottom - top < 2 || bg.pixels() == 0) {
            return notMeasured(ctx, "noClothing", limit);
        }
        Rect band = new Rect(0, top, person.cols(), bottom - top);
        RegionStats c;
        try (MatScope m = new MatScope()) {
            Mat clothes8 = m.mat();
            Core.compare(m.sub(person, band), new org.opencv.core.Scalar(0.5), clothes8, Core.CMP_GE);
            if (Core.countNonZero(clothes8) < 0.01 * person.total()) {
                return notMeasured(ctx, "noClothing", limit);
            }
            c = RegionStats.of(m.sub(ctx.lab(), band), clothes8);
        }
        double d = c.mean().deltaE(bg.mean());
        Measurement m = new Measurement(Measurement.round(d, 1), "ΔE", "ΔE " + Measurement.num(d, 1) + " ("
                + c.mean() + " / " + bg.mean() + ")", limit, java.util.Map.of("clothingL", Measurement.round(c.mean().l(), 1),
                "clothingA", Measurement.round(c.mean().a(), 1), "clothingB", Measurement.round(c.mean().b(), 1)));
        return verdict(d >= minDeltaE, null, m);
    }
}
