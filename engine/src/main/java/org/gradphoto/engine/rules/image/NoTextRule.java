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
 * IMG_NO_TEXT: no added text, pattern or watermark (不得添加文字、图案; seed 004 also wants no letters on the
 * clothes). The text detector runs when the background or the clothes show structure (edges) at all: a clean,
 * even background and plain clothes cannot carry text, and skipping the detector there keeps a compliant
 * photo's check fast. Boxes on the face (the detector fires on glasses, eyes and teeth) and boxes shaped like no
 * line of text (taller than wide, unless very narrow as vertical text is) do not count.
 */
public final class NoTextRule extends Rule {

    public static final String ID = "IMG_NO_TEXT";

    private final double gateEdgeShare;
    private final double minBoxShare;

    public NoTextRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.gateEdgeShare = params.number("gateEdgeShare");
        this.minBoxShare = params.number("minBoxShare");
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
        org.opencv.core.Rect face = faceBox(ctx);
        List<TextDetector.TextBox> boxes = ctx.textDetector().detect(bgr).stream()
                .filter(b -> b.box().area() >= minArea && textShaped(b.box()) && !overlaps(b.box(), face)).toList();
        Measurement m = new Measurement((double) boxes.size(), "", String.valueOf(boxes.size()), limit,
                Map.of("backgroundEdgeShare", Measurement.round(edges, 5)));
        return verdict(boxes.isEmpty(), null, m, boxes.stream().map(b -> b.box().x + "," + b.box().y + " "
                + b.box().width + "×" + b.box().height).reduce((a, b) -> a + "; " + b).orElse(""));
    }

    /** The face's box (mesh extent) grown by a tenth, or an empty box without a face. */
    private static org.opencv.core.Rect faceBox(RuleContext ctx) {
        if (ctx.workingFace().isEmpty()) {
            return new org.opencv.core.Rect();
        }
        var lm = ctx.workingFace().get().landmarks();
        double w = lm.maxX() - lm.minX();
        double h = lm.maxY() - lm.minY();
        return new org.opencv.core.Rect((int) (lm.minX() - 0.1 * w), (int) (lm.minY() - 0.1 * h), (int) (1.2 * w),
                (int) (1.2 * h));
    }

    private static boolean overlaps(org.opencv.core.Rect a, org.opencv.core.Rect b) {
        return b.area() > 0 && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    /** A line of text is wider than tall; vertical text is at least three times taller than wide. */
    private static boolean textShaped(org.opencv.core.Rect r) {
        return r.width >= 1.2 * r.height || r.height >= 3 * r.width;
    }

    /**
     * Share of pixels on a Canny edge in the region that may carry added text: the background, and the person
     * below the neck (clothes). Face and hair, full of edges, are left out.
     */
    private static double backgroundEdgeShare(RuleContext ctx) {
        Mat region = ctx.analysis().get().backgroundMask().clone();
        ctx.workingFace().ifPresent(f -> {
            int top = (int) Math.max(0, Math.min(region.rows(), f.chinY() + 0.3 * f.faceWidth()));
            if (top < region.rows()) {
                region.submat(top, region.rows(), 0, region.cols()).setTo(new org.opencv.core.Scalar(255));
            }
        });
        Mat edges = new Mat();
        Imgproc.Canny(ctx.grey(), edges, 60, 150);
        Core.bitwise_and(edges, region, edges);
        double share = (double) Core.countNonZero(edges) / Math.max(1, Core.countNonZero(region));
        edges.release();
        region.release();
        return share;
    }
}
