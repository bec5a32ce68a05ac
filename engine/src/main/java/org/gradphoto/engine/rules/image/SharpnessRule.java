package org.gradphoto.engine.rules.image;

import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * IMG_SHARPNESS: in focus and clear (照片清晰度): variance of the Laplacian over the face (eyes, brows, lips, hair
 * line), after scaling the face to a fixed width so that big and small faces compare. The width is small (128 px
 * in the profiles): nearly every face is then shrunk to it, which takes out the source's resolution and ordinary
 * JPEG softness (a face half the size measures about the same), while a face out of focus stays soft at any size.
 */
public final class SharpnessRule extends Rule {

    public static final String ID = "IMG_SHARPNESS";

    private final double minVariance;
    private final int faceWidth;

    public SharpnessRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.minVariance = params.number("minLaplacianVariance");
        this.faceWidth = params.integer("normalisedFaceWidth");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≥ " + Measurement.num(minVariance, 0);
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", limit);
        }
        double v = laplacianVariance(ctx.grey(), ctx.workingFace().get(), faceWidth);
        // judged on the value as shown: "20, 要求 ≥ 20" passes
        return verdict(Math.round(v) >= minVariance, null, Measurement.of(v, "", 0, limit));
    }

    /** Laplacian variance of the face box (hairline to chin, cheek to cheek) scaled to {@code width} pixels. */
    public static double laplacianVariance(Mat grey, FaceFacts f, int width) {
        int x0 = (int) Math.max(0, Math.min(f.cheekRight().x, f.cheekLeft().x));
        int x1 = (int) Math.min(grey.cols(), Math.max(f.cheekRight().x, f.cheekLeft().x));
        int y0 = (int) Math.max(0, f.hairlineY());
        int y1 = (int) Math.min(grey.rows(), f.chinY());
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return 0;
        }
        Mat face = grey.submat(new Rect(x0, y0, x1 - x0, y1 - y0));
        Mat scaled = new Mat();
        double k = (double) width / (x1 - x0);
        Imgproc.resize(face, scaled, new Size(width, Math.max(8, Math.round((y1 - y0) * k))), 0, 0,
                k < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
        Mat lap = new Mat();
        Imgproc.Laplacian(scaled, lap, CvType.CV_64F);
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        Core.meanStdDev(lap, mean, std);
        double s = std.toArray()[0];
        for (Mat m : new Mat[] {face, scaled, lap, mean, std}) {
            m.release();
        }
        return s * s;
    }
}
