package org.gradphoto.engine.rules.image;

import java.util.List;
import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.text.TextDetector;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * IMG_NO_TEXT: no added text, pattern or watermark (不得添加文字、图案). The text detector runs when the
 * background shows structure (edges) at all: a clean, even background cannot carry added text, and skipping the
 * detector there keeps a compliant photo's check fast. Only text lying mostly on the background counts: the
 * detector also fires on glasses, teeth and shirt prints, which are no added text.
 */
public final class NoTextRule extends Rule {

    public static final String ID = "IMG_NO_TEXT";

    private final double gateEdgeShare;
    private final double minBoxShare;
    private final double minBackground;

    public NoTextRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.gateEdgeShare = params.number("gateEdgeShare");
        this.minBoxShare = params.number("minBoxShare");
        this.minBackground = params.number("minBackgroundShareOfBox");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "0";
        if (ctx.photo().isEmpty() || ctx.analysis().isEmpty() || ctx.textDetector() == null) {
            return notMeasured("noImage", limit);
        }
        double edges = backgroundEdgeShare(ctx);
        if (edges < gateEdgeShare) {
            return pass(new Measurement(0.0, "", "0", limit, Map.of("backgroundEdgeShare",
                    Measurement.round(edges, 5))));
        }
        Mat bgr = ctx.photo().get().bgr();
        double minArea = minBoxShare * bgr.total();
        Mat person = ctx.analysis().get().personMask();
        List<TextDetector.TextBox> boxes = ctx.textDetector().detect(bgr).stream()
                .filter(b -> b.box().area() >= minArea && backgroundShare(person, b.box()) >= minBackground).toList();
        Measurement m = new Measurement((double) boxes.size(), "", String.valueOf(boxes.size()), limit,
                Map.of("backgroundEdgeShare", Measurement.round(edges, 5)));
        return verdict(boxes.isEmpty(), null, m, boxes.stream().map(b -> b.box().x + "," + b.box().y + " "
                + b.box().width + "×" + b.box().height).reduce((a, b) -> a + "; " + b).orElse(""));
    }

    /** Share of a box's pixels that are not person. */
    private static double backgroundShare(Mat person, org.opencv.core.Rect box) {
        org.opencv.core.Rect r = box.clone();
        r.width = Math.min(r.width, person.cols() - r.x);
        r.height = Math.min(r.height, person.rows() - r.y);
        if (r.width <= 0 || r.height <= 0) {
            return 0;
        }
        Mat below = new Mat();
        Core.compare(person.submat(r), new org.opencv.core.Scalar(0.5), below, Core.CMP_LT);
        double share = (double) Core.countNonZero(below) / r.area();
        below.release();
        return share;
    }

    /** Share of background pixels on a Canny edge. */
    private static double backgroundEdgeShare(RuleContext ctx) {
        Mat edges = new Mat();
        Imgproc.Canny(ctx.grey(), edges, 60, 150);
        Mat bg = ctx.analysis().get().backgroundMask();
        Core.bitwise_and(edges, bg, edges);
        double share = (double) Core.countNonZero(edges) / Math.max(1, Core.countNonZero(bg));
        edges.release();
        return share;
    }
}
