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
 * clothes). The text detector (about 80 ms) runs when the background shows structure (edges) at all: date stamps,
 * studio names and watermarks lie on or across the background, and a clean, even background cannot carry them,
 * so a compliant photo's check stays fast. When the detector runs, every text box counts except those on the face
 * (lying mostly inside the face's box: it fires on glasses, eyes and teeth) and those shaped like no line of text (taller than wide, unless very
 * narrow as vertical text is) — so letters on the clothes count too. Letters on the clothes of a photo with a
 * clean background are not looked for. Marks drawn over the photo (ticks, crosses, circles, lines; see
 * {@link DrawnMarks}) are looked for everywhere, the face included: they cost a millisecond.
 */
public final class NoTextRule extends Rule {

    public static final String ID = "IMG_NO_TEXT";

    private final double gateEdgeShare;
    private final double minBoxShare;
    private final DrawnMarks marks;

    public NoTextRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.gateEdgeShare = params.number("gateEdgeShare");
        this.minBoxShare = params.number("minBoxShare");
        this.marks = new DrawnMarks(params.number("markMinChroma"), params.number("markMaxWidthShare"),
                params.number("markMinLengthShare"));
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "0";
        if (ctx.photo().isEmpty() || ctx.analysis().isEmpty() || ctx.textDetector() == null) {
            return notMeasured(ctx, "noImage", limit);
        }
        List<org.opencv.core.Rect> drawn = marks.find(ctx.lab());
        if (!drawn.isEmpty()) {
            Measurement m = new Measurement((double) drawn.size(), "", String.valueOf(drawn.size()), limit,
                    Map.of("drawnMarks", (double) drawn.size()));
            return fail("marks", m, drawn.stream().map(b -> b.x + "," + b.y + " " + b.width + "×" + b.height)
                    .reduce((a, b) -> a + "; " + b).orElse(""));
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
                .filter(b -> b.box().area() >= minArea && textShaped(b.box()) && insideShare(b.box(), face) < 0.5).toList();
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

    /** Share of box {@code a} that lies inside box {@code b}. */
    private static double insideShare(org.opencv.core.Rect a, org.opencv.core.Rect b) {
        double w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
        double h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
        return a.area() == 0 ? 0 : w * h / a.area();
    }

    /** A line of text is wider than tall; vertical text is at least three times taller than wide. */
    private static boolean textShaped(org.opencv.core.Rect r) {
        return r.width >= 1.2 * r.height || r.height >= 3 * r.width;
    }

    /** Share of background pixels on a Canny edge. */
    private static double backgroundEdgeShare(RuleContext ctx) {
        Mat bg = ctx.analysis().get().backgroundMask();
        Mat edges = new Mat();
        Imgproc.Canny(ctx.grey(), edges, 60, 150);
        Core.bitwise_and(edges, bg, edges);
        double share = (double) Core.countNonZero(edges) / Math.max(1, Core.countNonZero(bg));
        edges.release();
        return share;
    }
}
