package org.gradphoto.engine.rules.background;

import org.gradphoto.engine.image.MatScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.LabColour;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.RegionStats;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * BG_UNIFORM: the background even, with no gradient, shadow, other person or object. Three measures on the
 * background region: the largest colour difference between the means of a grid of cells (gradient, shadow), the
 * spread of lightness (texture), and the share of pixels far from the mean colour (objects).
 */
public final class BackgroundUniformRule extends Rule {

    public static final String ID = "BG_UNIFORM";

    private final int grid;
    private final double maxCellDeltaE;
    private final double maxStdL;
    private final double outlierDeltaE;
    private final double maxOutlierShare;

    public BackgroundUniformRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.grid = params.integer("grid");
        this.maxCellDeltaE = params.number("maxCellDeltaE");
        this.maxStdL = params.number("maxStdL");
        this.outlierDeltaE = params.number("outlierDeltaE");
        this.maxOutlierShare = params.number("maxOutlierShare");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "cells ΔE ≤ " + Measurement.num(maxCellDeltaE, 0) + ", σL ≤ " + Measurement.num(maxStdL, 0)
                + ", objects ≤ " + Measurement.num(maxOutlierShare * 100, 1) + " %";
        if (ctx.analysis().isEmpty()) {
            return notMeasured(ctx, "noImage", limit);
        }
        RegionStats bg = ctx.background();
        if (ctx.backgroundShare() < 0.02) {
            return notMeasured(ctx, "noBackground", limit);
        }
        // statistics of the background need no full resolution
        Mat mask = ctx.backgroundMaskHalf();
        Mat lab = ctx.labHalf();
        List<LabColour> cells = new ArrayList<>();
        int cw = lab.cols() / grid;
        int ch = lab.rows() / grid;
        for (int gy = 0; gy < grid; gy++) {
            for (int gx = 0; gx < grid; gx++) {
                Rect r = new Rect(gx * cw, gy * ch, cw, ch);
                try (MatScope s = new MatScope()) {
                    Mat m = s.sub(mask, r);
                    if (Core.countNonZero(m) >= 0.3 * r.area()) {
                        cells.add(RegionStats.of(s.sub(lab, r), m).mean());
                    }
                }
            }
        }
        double cellSpread = 0;
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                cellSpread = Math.max(cellSpread, cells.get(i).deltaE(cells.get(j)));
            }
        }
        double outliers = outlierShare(lab, mask, bg);
        Measurement m = new Measurement(Measurement.round(cellSpread, 1), "ΔE",
                "cells ΔE " + Measurement.num(cellSpread, 1) + ", σL " + Measurement.num(bg.stdL(), 1) + ", objects "
                        + Measurement.num(outliers * 100, 1) + " %", limit,
                Map.of("cellDeltaE", Measurement.round(cellSpread, 2), "stdL", Measurement.round(bg.stdL(), 2),
                        "outlierShare", Measurement.round(outliers, 4)));
        if (outliers > maxOutlierShare) {
            return fail("objects", m);
        }
        if (cellSpread > maxCellDeltaE) {
            return fail("gradient", m);
        }
        return verdict(bg.stdL() <= maxStdL, "texture", m);
    }

    /** Share of background pixels further than {@code outlierDeltaE} from the background's mean colour. */
    private double outlierShare(Mat lab, Mat mask, RegionStats bg) {
        Mat diff = new Mat();
        Core.subtract(lab, new Scalar(bg.mean().l(), bg.mean().a(), bg.mean().b()), diff);
        Mat sq = new Mat();
        Core.multiply(diff, diff, sq);
        List<Mat> ch = new ArrayList<>();
        Core.split(sq, ch);
        Mat sum = new Mat();
        Core.add(ch.get(0), ch.get(1), sum);
        Core.add(sum, ch.get(2), sum);
        Mat far = new Mat();
        Core.compare(sum, new Scalar(outlierDeltaE * outlierDeltaE), far, Core.CMP_GT);
        Core.bitwise_and(far, mask, far);
        // an object is a blob: thin things (loose strands of hair beyond the person's outline, a line of JPEG
        // ringing) are opened away before counting
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(3, 3));
        Imgproc.morphologyEx(far, far, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        double share = (double) Core.countNonZero(far) / Math.max(1, Core.countNonZero(mask));
        for (Mat m : new Mat[] {diff, sq, sum, far}) {
            m.release();
        }
        ch.forEach(Mat::release);
        return share;
    }
}
