package org.gradphoto.engine.rules.image;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.LabColour;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Mat;

/**
 * IMG_NO_BORDER: no added border or frame (不得添加边框; the uploader's 黑边检测). A side has a border when its
 * outermost pixels are all one colour and, at the same depth all along the side, the picture changes abruptly:
 * a straight band no photograph has. A band of the background's own colour is more background, not a frame (a
 * white band on a white background changes nothing; a fixed photo whose bust ends above the bottom edge has such
 * a band below it), so it is not reported.
 */
public final class NoBorderRule extends Rule {

    public static final String ID = "IMG_NO_BORDER";

    private final int maxDepth;
    private final int minDepth;
    private final double edgeUniformDeltaE;
    private final double jumpDeltaE;
    private final double agreement;
    private final double minStepShare;

    public NoBorderRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.maxDepth = params.integer("maxDepth");
        this.minDepth = params.integer("minDepth");
        this.edgeUniformDeltaE = params.number("edgeUniformDeltaE");
        this.jumpDeltaE = params.number("jumpDeltaE");
        this.agreement = params.number("agreement");
        this.minStepShare = params.number("minStepShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "0 px";
        if (ctx.photo().isEmpty()) {
            return notMeasured(ctx, "noImage", limit);
        }
        Mat lab = ctx.lab();
        LabColour background = ctx.analysis().isPresent() && ctx.backgroundShare() > 0.02 ? ctx.background().mean() : null;
        Map<String, Double> sides = new LinkedHashMap<>();
        String[] names = {"top", "bottom", "left", "right"};
        for (int side = 0; side < 4; side++) {
            sides.put(names[side], (double) band(new Strip(lab, side, maxDepth), background));
        }
        double widest = sides.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String which = sides.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .reduce((a, b) -> a + ", " + b).orElse("—");
        Measurement m = new Measurement(widest, "px", Measurement.num(widest, 0) + " px (" + which + ")", limit, sides);
        return verdict(widest == 0, null, m, which);
    }

    /**
     * The pixels along one side (0 top, 1 bottom, 2 left, 3 right), as far in as a border may reach, read once:
     * copying the whole picture out of OpenCV for four thin strips would cost more than the rule.
     */
    private static final class Strip {
        final float[] px;
        final int length;
        final int depth;
        final int side;

        Strip(Mat lab, int side, int maxDepth) {
            int w = lab.cols();
            int h = lab.rows();
            this.side = side;
            this.length = side < 2 ? w : h;
            this.depth = Math.max(1, Math.min(maxDepth + 3, (side < 2 ? h : w) / 4));
            Mat region = switch (side) {
                case 0 -> lab.submat(0, depth, 0, w);
                case 1 -> lab.submat(h - depth, h, 0, w);
                case 2 -> lab.submat(0, h, 0, depth);
                default -> lab.submat(0, h, w - depth, w);
            };
            Mat copy = region.clone();
            px = new float[(int) copy.total() * 3];
            copy.get(0, 0, px);
            copy.release();
            region.release();
        }

        /** Index of the pixel {@code along} the side, {@code in} pixels from the edge. */
        int at(int along, int in) {
            return switch (side) {
                case 0 -> (in * length + along) * 3;
                case 1 -> ((depth - 1 - in) * length + along) * 3;
                case 2 -> (along * depth + in) * 3;
                default -> (along * depth + depth - 1 - in) * 3;
            };
        }
    }

    /** Width of the border on one side, or 0; a band of the background's colour is none. */
    private int band(Strip s, LabColour background) {
        float[] px = s.px;
        int length = s.length;
        int depthLimit = Math.min(maxDepth, s.depth - 3);
        if (depthLimit < Math.max(1, minDepth)) {
            // a picture a few pixels across has no room for a border the rule would report
            return 0;
        }
        int margin = Math.min(depthLimit, length / 10);
        int samples = 0;
        double[] meanEdge = new double[3];
        for (int i = margin; i < length - margin; i += 2) {
            int at = s.at(i, 0);
            meanEdge[0] += px[at];
            meanEdge[1] += px[at + 1];
            meanEdge[2] += px[at + 2];
            samples++;
        }
        if (samples == 0) {
            return 0;
        }
        for (int c = 0; c < 3; c++) {
            meanEdge[c] /= samples;
        }
        int uniform = 0;
        Map<Integer, Integer> depths = new HashMap<>();
        // every second position along the side: a border runs the whole length
        for (int i = margin; i < length - margin; i += 2) {
            int at = s.at(i, 0);
            if (delta(px, at, meanEdge) <= edgeUniformDeltaE) {
                uniform++;
            }
            depths.merge(depth(s, i, depthLimit, meanEdge), 1, Integer::sum);
        }
        if (uniform < agreement * samples) {
            return 0;
        }
        if (background != null && background.deltaE(new LabColour(meanEdge[0], meanEdge[1], meanEdge[2])) <= edgeUniformDeltaE) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        // where the picture next to the frame has the frame's colour (black clothing beside a black frame) no step
        // can be seen: agreement is asked of the positions that show one, and those must be most of the side
        int stepped = samples - depths.getOrDefault(0, 0);
        if (stepped < minStepShare * samples) {
            return 0;
        }
        for (Map.Entry<Integer, Integer> e : depths.entrySet()) {
            if (e.getKey() == 0) {
                continue;
            }
            // positions one pixel deeper or shallower agree (JPEG blurs the step); "no step" (0) never does
            int below = e.getKey() > 1 ? depths.getOrDefault(e.getKey() - 1, 0) : 0;
            int count = e.getValue() + below + depths.getOrDefault(e.getKey() + 1, 0);
            if (count > bestCount) {
                bestCount = count;
                best = e.getKey();
            }
        }
        return best >= minDepth && bestCount >= agreement * stepped ? best : 0;
    }

    /**
     * Where the picture departs from the edge colour along one line inward: the first pixel more than halfway
     * (in colour) from the edge to the inside, so that JPEG's blur of the step does not widen the border. 0 when
     * nothing departs within the limit.
     */
    private int depth(Strip s, int i, int limit, double[] edge) {
        for (int d = 1; d <= limit; d++) {
            if (delta(s.px, s.at(i, d), edge) > jumpDeltaE) {
                double half = delta(s.px, s.at(i, d + 2), edge) / 2;
                int k = 1;
                while (k < d && delta(s.px, s.at(i, k), edge) <= half) {
                    k++;
                }
                return k;
            }
        }
        return 0;
    }

    private static double delta(float[] px, int at, double[] c) {
        double dl = px[at] - c[0];
        double da = px[at + 1] - c[1];
        double db = px[at + 2] - c[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }
}
