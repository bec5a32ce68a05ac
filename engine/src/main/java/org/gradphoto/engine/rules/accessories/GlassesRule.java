package org.gradphoto.engine.rules.accessories;

import org.gradphoto.engine.image.MatScope;
import java.util.Map;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.face.FaceLandmarks;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * ACC_GLASSES: no tinted lenses and no lens reflections (不得戴有色眼镜，眼镜不能有反光). Measured on the ring
 * around each eye where a lens would sit (the eye itself excluded): its lightness against the cheeks' (a tinted
 * lens darkens it) and its share of white, colourless highlight pixels (reflections). A dark ring alone is also
 * what shadowed eye sockets and dark circles look like; a tinted lens darkens the white of the eye behind it as
 * well, so the lens is called tinted only where the brighter eye's white (the 90th percentile of its lightness)
 * is dark against the cheeks too. Whether frames cover the eyes is not measured: a reviewer judges that.
 */
public final class GlassesRule extends Rule {

    public static final String ID = "ACC_GLASSES";

    private final double minRingToSkin;
    private final double reflectionL;
    private final double maxReflectionShare;
    private final double maxTintedEyeToSkin;

    public GlassesRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minRingToSkin = params.number("minRingToSkinLightness");
        this.reflectionL = params.number("reflectionL");
        this.maxReflectionShare = params.number("maxReflectionShare");
        this.maxTintedEyeToSkin = params.number("maxTintedEyeToSkinLightness");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "ring/skin L* ≥ " + Measurement.num(minRingToSkin, 2) + " or eye/skin L* > "
                + Measurement.num(maxTintedEyeToSkin, 2) + ", reflections ≤ "
                + Measurement.num(maxReflectionShare * 100, 1) + " %";
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        FaceFacts f = ctx.workingFace().get();
        RegionStats skin = RegionStats.of(ctx.lab(), ctx.regions().skin());
        if (skin.pixels() == 0 || skin.mean().l() < 1) {
            return notMeasured(ctx, "noFace", limit);
        }
        double ratio = Double.MAX_VALUE;
        double reflections = 0;
        double eyeWhite = 0;
        for (boolean right : new boolean[] {true, false}) {
            eyeWhite = Math.max(eyeWhite, lightPercentile(ctx.lab(), ctx.regions().eye(right), 0.9) / skin.mean().l());
            Mat ring = lensRing(ctx, f, right);
            RegionStats r = RegionStats.of(ctx.lab(), ring);
            if (r.pixels() > 0) {
                ratio = Math.min(ratio, r.mean().l() / skin.mean().l());
                reflections = Math.max(reflections, reflectionShare(ctx.lab(), ring, r.pixels()));
            }
        }
        if (ratio == Double.MAX_VALUE) {
            return notMeasured(ctx, "noFace", limit);
        }
        Measurement m = new Measurement(Measurement.round(ratio, 2), "", "ring/skin L* " + Measurement.num(ratio, 2)
                + ", eye/skin L* " + Measurement.num(eyeWhite, 2) + ", reflections " + Measurement.num(reflections * 100, 2)
                + " %", limit, Map.of("ringToSkinLightness", Measurement.round(ratio, 3), "eyeToSkinLightness",
                        Measurement.round(eyeWhite, 3), "reflectionShare", Measurement.round(reflections, 4)));
        if (ratio < minRingToSkin && eyeWhite <= maxTintedEyeToSkin) {
            return fail("tinted", m);
        }
        return verdict(reflections <= maxReflectionShare, "reflections", m);
    }

    /** An ellipse around the eye, 1.8 x 1.3 eye widths, minus the eye itself. */
    private static Mat lensRing(RuleContext ctx, FaceFacts f, boolean right) {
        FaceLandmarks lm = f.landmarks();
        Point a = lm.point(right ? FaceLandmarks.EYE_RIGHT_OUTER : FaceLandmarks.EYE_LEFT_INNER);
        Point b = lm.point(right ? FaceLandmarks.EYE_RIGHT_INNER : FaceLandmarks.EYE_LEFT_OUTER);
        double eyeWidth = Math.hypot(b.x - a.x, b.y - a.y);
        Point c = right ? f.rightEye() : f.leftEye();
        Mat ring = ctx.regions().ellipse(c, 0.9 * eyeWidth, 0.65 * eyeWidth, f.roll());
        Mat eye = ctx.regions().eye(right);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
        Imgproc.dilate(eye, eye, kernel);
        kernel.release();
        Core.subtract(ring, eye, ring);
        return ring;
    }

    /** The lightness below which {@code share} of the masked pixels lie (0 for an empty mask). */
    private static double lightPercentile(Mat lab, Mat mask, double share) {
        org.opencv.core.Rect box = Imgproc.boundingRect(mask);
        if (box.area() == 0) {
            return 0;
        }
        float[] px = new float[box.width * box.height * 3];
        byte[] k = new byte[box.width * box.height];
        try (MatScope m = new MatScope()) {
            m.add(m.sub(lab, box).clone()).get(0, 0, px);
            m.add(m.sub(mask, box).clone()).get(0, 0, k);
        }
        double[] l = new double[k.length];
        int n = 0;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                l[n++] = px[3 * i];
            }
        }
        if (n == 0) {
            return 0;
        }
        java.util.Arrays.sort(l, 0, n);
        return l[Math.min(n - 1, (int) (n * share))];
    }

    private double reflectionShare(Mat wholeLab, Mat wholeRing, int pixels) {
        org.opencv.core.Rect box = Imgproc.boundingRect(wholeRing);
        try (MatScope m = new MatScope()) {
            Mat hot = m.mat();
            Core.inRange(m.sub(wholeLab, box), new Scalar(reflectionL, -10, -10), new Scalar(101, 10, 10), hot);
            Core.bitwise_and(hot, m.sub(wholeRing, box), hot);
            return (double) Core.countNonZero(hot) / pixels;
        }
    }
}
