package org.gradphoto.engine.fix;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.image.MatScope;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The frame, as pure geometry: the source scaled and moved into it (one scale, one offset, no rotation, never
 * mirrored as a whole), background above the head, and below the source's bottom edge either the person's
 * clothing continued (as a photo taken a little wider would show it) or background. The clothing is continued
 * from the last rows of the source: its outline goes on with the slope it had there (shoulders widen downwards),
 * each column keeps the colour its clothing had, an open neckline closes, and the grain is like the source's; no
 * fold or button is copied. Only rows below the source are made up; nothing of the face, hair, ears or neck is
 * touched.
 */
final class FrameComposer {

    /** Rows above the source's bottom edge that show how the clothing continues (output px, at most). */
    static final int BAND = 48;
    /** Rows past the source's bottom edge that keep the edge's own pixels (the warp's replicated border). */
    static final int EDGE_ROWS = 3;
    /** Mask probability that counts as person. */
    static final double PERSON = 0.5;

    private final int width;
    private final int height;

    FrameComposer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * The output-sized picture and what is known of its pixels.
     *
     * @param image 8-bit BGR, {@code width x height}
     * @param person the person's opacity (CV_32F 0..1): the source's mask where the source has pixels, the made-up
     *     clothing where it was made up, 0 where the frame was filled with background
     * @param filled 255 where the frame was filled with background (surely background, whatever a mask says)
     * @param madeUp 255 where clothing was made up
     * @param madeUpRows how many rows below the source hold made-up clothing (0 when none)
     */
    record Composed(Mat image, Mat person, Mat filled, Mat madeUp, int madeUpRows) {
        void release() {
            image.release();
            person.release();
            filled.release();
            madeUp.release();
        }
    }

    /**
     * @param src the source, 8-bit BGR
     * @param onSrc where the source goes
     * @param mask the person's probability (CV_32F 0..1) on a picture of the same content (any resolution)
     * @param onMask where that picture goes (the same placement in its own pixels)
     * @param fill the background colour for the frame beyond the source (BGR)
     * @param extend whether to continue the clothing below the source; false fills it with {@code fill}
     * @param face where the face is in the frame and its skin colour: what is skin in the last rows (the neck, an
     *     open collar) is not clothing
     */
    Composed compose(Mat src, Placement onSrc, Mat mask, Placement onMask, Scalar fill, boolean extend, Face face) {
        try (MatScope m = new MatScope()) {
            Mat image = warp(src, onSrc, Imgproc.INTER_CUBIC, Core.BORDER_REPLICATE);
            // the person beside the source (a shoulder cut at the side) goes on level; above the source nothing is
            Mat person = warp(mask, onMask, Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            Mat filled = Mat.zeros(height, width, CvType.CV_8U);
            Mat madeUp = Mat.zeros(height, width, CvType.CV_8U);
            int top = (int) Math.ceil(Math.max(0, onSrc.offsetY()));
            if (top > 0) {
                band(image, person, filled, new Rect(0, 0, width, Math.min(top, height)), fill);
            }
            sides(image, person, filled, onSrc, fill, face, m);
            // the last few rows beyond the source stay as the warp extended its edge: invisible at that distance
            int kept = (int) Math.floor(Math.min(height, onSrc.sourceBottom() + EDGE_ROWS));
            int madeUpRows = 0;
            if (kept < height) {
                band(image, person, filled, new Rect(0, Math.max(0, kept), width, height - Math.max(0, kept)), fill);
                // made-up clothing starts on the source's last whole row: a source's last row is often lighter or
                // darker than the rest (resampled, cut), and repeated it would show as a streak
                int from = (int) Math.floor(onSrc.sourceBottom()) - 1;
                if (extend && from > BAND / 2) {
                    madeUpRows = continueClothing(image, person, filled, madeUp, from, fill, m, face);
                }
            }
            return new Composed(image, person, filled, madeUp, madeUpRows);
        }
    }

    /**
     * The columns beside the source (a source narrower than the frame): above the shoulders they are background
     * (the hair ends where the photo ends); below, the clothing goes on to the frame's edge as the warp extended
     * its edge, smoothed down the rows so that its pixels do not run out sideways as stripes. The shoulder's top
     * goes on outward with the slope it has just inside the source's edge, so that it falls away towards the arm
     * rather than ending in a square corner level with where it met the edge.
     */
    private void sides(Mat image, Mat person, Mat filled, Placement onSrc, Scalar fill, Face face, MatScope m) {
        int x0 = (int) Math.max(0, Math.min(width, Math.ceil(onSrc.offsetX())));
        int x1 = (int) Math.max(0, Math.min(width, Math.floor(onSrc.x(onSrc.sourceWidth()))));
        // nothing of the person is beside the source above the chin (the hair ends where the photo ends)
        int shoulders = (int) Math.max(0, Math.min(height, Math.round(face.chinY())));
        int inset = (int) Math.max(2, Math.round(SHOULDER_SLOPE_INSET * face.faceWidth()));
        for (boolean left : new boolean[] {true, false}) {
            Rect side = left ? new Rect(0, 0, x0, height) : new Rect(x1, 0, width - x1, height);
            if (side.width <= 0) {
                continue;
            }
            if (shoulders > 0) {
                band(image, person, filled, new Rect(side.x, 0, side.width, shoulders), fill);
            }
            if (shoulders >= height) {
                continue;
            }
            Rect below = new Rect(side.x, shoulders, side.width, height - shoulders);
            // where the shoulder meets the source's edge, and how it falls just inside it
            int edge = left ? x0 : x1 - 1;
            int inside = left ? Math.min(x1 - 1, x0 + inset) : Math.max(x0, x1 - 1 - inset);
            int atEdge = topOfPerson(person, edge, shoulders);
            int atInside = topOfPerson(person, inside, shoulders);
            if (atEdge < 0 || atInside < 0 || edge == inside) {
                band(image, person, filled, below, fill);
                continue;
            }
            // the clothing beside the source, smoothed down the rows from the shoulder's top (isolated: the
            // background above it is not smeared into it)
            Mat part = m.sub(image, new Rect(side.x, atEdge, side.width, height - atEdge));
            Mat smooth = m.mat();
            Imgproc.GaussianBlur(part, smooth, new Size(1, 0), 0.1, SIDE_SMOOTHING,
                    Core.BORDER_REPLICATE | Core.BORDER_ISOLATED);
            smooth.copyTo(part);
            double slope = Math.max(0, Math.min(MAX_SHOULDER_SLOPE, (atEdge - atInside) / (double) Math.abs(edge - inside)));
            for (int x = side.x; x < side.x + side.width; x++) {
                int d = Math.abs(x - edge);
                int top = (int) Math.min(height, Math.round(atEdge + slope * d));
                if (top > shoulders) {
                    band(image, person, filled, new Rect(x, shoulders, 1, top - shoulders), fill);
                }
            }
        }
    }

    /** The first row at or below {@code from} where the person is in column {@code x}; -1 when nowhere. */
    private int topOfPerson(Mat person, int x, int from) {
        if (x < 0 || x >= width || from >= height) {
            return -1;
        }
        float[] col = new float[height - from];
        try (MatScope m = new MatScope()) {
            m.add(m.sub(person, new Rect(x, from, 1, height - from)).clone()).get(0, 0, col);
        }
        for (int y = 0; y < col.length; y++) {
            if (col[y] >= PERSON) {
                return from + y;
            }
        }
        return -1;
    }

    /** The shoulder's slope is read this many face widths inside the source's edge. */
    static final double SHOULDER_SLOPE_INSET = 0.1;
    /** The steepest shoulder continued beside the source (rows per column): steeper is an arm, not a shoulder. */
    static final double MAX_SHOULDER_SLOPE = 1.2;

    /** How much (sigma, rows) the clothing continued beside the source is smoothed down the rows. */
    static final double SIDE_SMOOTHING = 6;

    /** Scales and moves {@code src} into the frame: area averaging when shrinking, the given filter otherwise. */
    private Mat warp(Mat src, Placement p, int filter, int border) {
        Mat out = new Mat();
        double s = p.scale();
        Size size = new Size(width, height);
        if (s < 1) {
            // shrink the part that lands in the frame by area averaging (no aliasing), then the sub-pixel shift
            int sx0 = clamp((int) Math.floor(-p.offsetX() / s) - 2, 0, src.cols() - 1);
            int sy0 = clamp((int) Math.floor(-p.offsetY() / s) - 2, 0, src.rows() - 1);
            int sx1 = clamp((int) Math.ceil((width - p.offsetX()) / s) + 2, sx0 + 1, src.cols());
            int sy1 = clamp((int) Math.ceil((height - p.offsetY()) / s) + 2, sy0 + 1, src.rows());
            Rect roi = new Rect(sx0, sy0, sx1 - sx0, sy1 - sy0);
            Size smallSize = new Size(Math.max(1, Math.round(roi.width * s)), Math.max(1, Math.round(roi.height * s)));
            try (MatScope m = new MatScope()) {
                Mat small = m.mat();
                Imgproc.resize(m.sub(src, roi), small, smallSize, 0, 0, Imgproc.INTER_AREA);
                double k = smallSize.width / roi.width;
                Mat a = m.add(affine(s / k, roi.x * s + p.offsetX(), roi.y * s + p.offsetY()));
                Imgproc.warpAffine(small, out, a, size, Imgproc.INTER_LINEAR, border);
            }
        } else {
            Mat a = affine(s, p.offsetX(), p.offsetY());
            Imgproc.warpAffine(src, out, a, size, filter, border);
            a.release();
        }
        return out;
    }

    private static void band(Mat image, Mat person, Mat filled, Rect r, Scalar fill) {
        if (r.width <= 0 || r.height <= 0) {
            return;
        }
        try (MatScope m = new MatScope()) {
            m.sub(image, r).setTo(fill);
            m.sub(person, r).setTo(Scalar.all(0));
            m.sub(filled, r).setTo(Scalar.all(255));
        }
    }

    /**
     * Makes up the clothing in rows [bottom, height). The torso's outline goes on with the slope its edges had in
     * the last {@link #BAND} rows (widening, never narrowing). Each made-up pixel is its column's clothing colour
     * (the mean of the last rows, smoothed across so that no stripe runs down) plus the fine texture of the last
     * rows reflected across the edge, fading out with distance: the texture goes on where the source ends, so no
     * seam shows, and no fold or button is repeated far. An open neckline (skin under the face in the last rows)
     * closes: across it, the clothing's colour goes from one side to the other. Returns the rows made up (0 when
     * the last rows show no clothing to continue).
     */
    private int continueClothing(Mat image, Mat person, Mat filled, Mat madeUp, int bottom, Scalar fill, MatScope m,
            Face face) {
        int band = Math.min(BAND, bottom);
        int y0 = bottom - band;
        float[] p = new float[width * band];
        m.sub(person, new Rect(0, y0, width, band)).get(0, 0, p);
        byte[] px = new byte[width * band * 3];
        m.sub(image, new Rect(0, y0, width, band)).get(0, 0, px);
        Run[] runs = new Run[band];
        for (int r = 0; r < band; r++) {
            runs[r] = torso(p, r, PERSON);
        }
        // the outline's slope from the rows where the torso is wide enough to be one
        double sy = 0;
        double sl = 0;
        double sr = 0;
        double syy = 0;
        double syl = 0;
        double syr = 0;
        int rows = 0;
        for (int r = 0; r < band; r++) {
            if (runs[r].length() >= width / 8) {
                rows++;
                sy += r;
                syy += (double) r * r;
                sl += runs[r].start();
                sr += runs[r].end();
                syl += (double) r * runs[r].start();
                syr += (double) r * runs[r].end();
            }
        }
        Run last = runs[band - 1];
        if (rows < band / 2 || last.length() < width / 8) {
            return 0;
        }
        double den = rows * syy - sy * sy;
        double slopeL = den == 0 ? 0 : Math.max(-1.5, Math.min(0, (rows * syl - sy * sl) / den));
        double slopeR = den == 0 ? 0 : Math.min(1.5, Math.max(0, (rows * syr - sy * sr) / den));

        // per column of the torso: its clothing colour over the last rows, or none where it is skin
        int tail = Math.min(TAIL, band);
        double[] skinLab = lab(face.skin().val[0], face.skin().val[1], face.skin().val[2]);
        double[] neckLab = neckColour(image, face, bottom);
        double[][] colour = new double[width][];
        double[][] skinColour = new double[width][];
        boolean[] neckline = new boolean[width];
        for (int x = last.start(); x < last.end(); x++) {
            boolean underFace = Math.abs(x + 0.5 - face.centreX()) < NECK_HALF_WIDTH * face.faceWidth();
            double[] sum = new double[3];
            double[] skinSum = new double[3];
            int n = 0;
            int skin = 0;
            for (int r = band - tail; r < band; r++) {
                int at = r * width + x;
                if (p[at] < PERSON) {
                    continue;
                }
                double b = px[3 * at] & 0xFF;
                double g = px[3 * at + 1] & 0xFF;
                double rr = px[3 * at + 2] & 0xFF;
                if (isSkin(b, g, rr, skinLab, neckLab, underFace, face.tone())) {
                    skin++;
                    skinSum[0] += b;
                    skinSum[1] += g;
                    skinSum[2] += rr;
                    continue;
                }
                sum[0] += b;
                sum[1] += g;
                sum[2] += rr;
                n++;
            }
            neckline[x] = underFace && skin > tail * 0.3;
            if (skin > 0) {
                skinColour[x] = new double[] {skinSum[0] / skin, skinSum[1] / skin, skinSum[2] / skin};
            }
            if (n >= tail / 3 && !neckline[x]) {
                colour[x] = new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
            }
        }
        // under the face, a column much darker than the clothing beside the face is the shadow inside the collar,
        // not the clothing's own colour
        List<Double> sideL = new ArrayList<>();
        for (int x = last.start(); x < last.end(); x++) {
            boolean underFace = Math.abs(x + 0.5 - face.centreX()) < NECK_HALF_WIDTH * face.faceWidth();
            if (!underFace && colour[x] != null) {
                sideL.add(lab(colour[x][0], colour[x][1], colour[x][2])[0]);
            }
        }
        if (!sideL.isEmpty()) {
            java.util.Collections.sort(sideL);
            double median = sideL.get(sideL.size() / 2);
            for (int x = last.start(); x < last.end(); x++) {
                boolean underFace = Math.abs(x + 0.5 - face.centreX()) < NECK_HALF_WIDTH * face.faceWidth();
                if (underFace && colour[x] != null && lab(colour[x][0], colour[x][1], colour[x][2])[0] < median - SHADOW_L) {
                    neckline[x] = true;
                    colour[x] = null;
                }
            }
        }
        // the neckline is one opening: from its first to its last column under the face
        int nl0 = -1;
        int nl1 = -1;
        for (int x = last.start(); x < last.end(); x++) {
            if (neckline[x]) {
                nl0 = nl0 < 0 ? x : nl0;
                nl1 = x;
            }
        }
        for (int x = nl0; x >= 0 && x <= nl1; x++) {
            neckline[x] = true;
            colour[x] = null;
        }
        int known = 0;
        for (int x = last.start(); x < last.end(); x++) {
            known += colour[x] != null ? 1 : 0;
        }
        if (known < last.length() / 4) {
            // hardly any clothing at the edge (the source ends at the neck): nothing to continue
            return 0;
        }
        fillGaps(colour, last);
        // the V of an open neckline closes over about 0.6 of its width, in the neck's own (smoothed) colour
        // (or, for a wide one, over NECKLINE_DEPTH face widths: the collar's two sides meet just below the neck)
        double depth = nl0 < 0 ? 0 : Math.min(0.6 * (nl1 + 1 - nl0), NECKLINE_DEPTH * face.faceWidth());
        double closing = nl0 < 0 ? 0 : (nl1 + 1 - nl0) / (2 * Math.max(1, depth));
        double[][] neck = null;
        if (nl0 >= 0) {
            for (int x = nl0; x <= nl1; x++) {
                if (skinColour[x] == null) {
                    skinColour[x] = colour[x] != null ? colour[x] : new double[] {face.skin().val[0], face.skin().val[1],
                        face.skin().val[2]};
                }
            }
            neck = smoothAcross(skinColour, new Run(nl0, nl1 + 1), Math.max(2, width / 30));
        }
        double[][] smooth = smoothAcross(colour, last, Math.max(2, width / 24));

        double[] grainSigma = grainSigma(px, p, colour, neckline, last, band, tail);
        // the fine texture of the last rows: each pixel less its column's colour, none in the neckline
        int n = height - bottom;
        float[] grain = grain(n);
        byte[] out = new byte[n * width * 3];
        float[] pers = new float[n * width];
        byte[] mark = new byte[n * width];
        byte[] fl = new byte[n * width];
        double[] f = fill.val;
        for (int r = 0; r < n; r++) {
            double d = r + 1;
            double l = last.start() <= 1 ? 0 : Math.max(0, last.start() + slopeL * d);
            double rr = last.end() >= width - 1 ? width : Math.min(width, last.end() + slopeR * d);
            // reflected across the edge, back and forth within the tail
            int k = (int) ((d - 1) % (2 * tail));
            int srcRow = band - 1 - (k < tail ? k : 2 * tail - 1 - k);
            double fade = Math.exp(-d / DETAIL_FADE);
            double ramp = Math.exp(-d / SEAM_FADE);
            for (int x = 0; x < width; x++) {
                int i = r * width + x;
                // a torso that reaches the frame's side has no edge there (a soft edge would read as a thin frame)
                double edge = Math.min(l <= 0 ? width : x + 0.5 - l, rr >= width ? width : rr - (x + 0.5));
                double a = Math.max(0, Math.min(1, edge / 1.5 + 0.5));
                // the same column of the last rows; beyond their ends (where the torso widens) the end's colour
                int col = Math.max(last.start(), Math.min(last.end() - 1, x));
                double[] base = smooth[col];
                int at = srcRow * width + col;
                boolean texture = col == x && !neckline[col] && p[at] >= PERSON;
                // the open neckline closes as a V below the edge: its skin narrows from both sides
                double inV = nl0 < 0 || col != x ? 0 : Math.max(0, Math.min(1,
                        Math.min(x + 0.5 - (nl0 + d * closing), nl1 + 0.5 - d * closing - x) / 1.5 + 0.5));
                double[] own = colour(colour, col, base);
                // away from the edge the fabric's grain (not its pattern) goes on, as much as the last rows had
                double noise = col == x ? grain[i] * grainSigma[col] * GRAIN * (1 - fade) : 0;
                for (int c = 0; c < 3; c++) {
                    double detail = texture ? ((px[3 * at + c] & 0xFF) - own[c]) * fade : 0;
                    // the column's own colour at the edge (no seam), its smoothed colour further down (no stripes)
                    double cloth = base[c] + (own[c] - base[c]) * ramp + detail + noise;
                    if (inV > 0) {
                        // the skin goes on as the clothing does: its column's own colour and texture at the edge,
                        // fading into the smoothed neck colour below (no seam where the source ends)
                        double[] skinOwn = skinColour[col] != null ? skinColour[col] : neck[x];
                        double skinDetail = p[at] >= PERSON ? ((px[3 * at + c] & 0xFF) - skinOwn[c]) * fade : 0;
                        double skin = neck[x][c] + (skinOwn[c] - neck[x][c]) * ramp + skinDetail;
                        cloth = inV * skin + (1 - inV) * cloth;
                    }
                    out[3 * i + c] = (byte) Math.round(Math.max(0, Math.min(255, a * cloth + (1 - a) * f[c])));
                }
                pers[i] = (float) a;
                mark[i] = (byte) (a > 0 ? 255 : 0);
                fl[i] = (byte) (a > 0 ? 0 : 255);
            }
        }
        Rect below = new Rect(0, bottom, width, n);
        m.sub(image, below).put(0, 0, out);
        m.sub(person, below).put(0, 0, pers);
        m.sub(filled, below).put(0, 0, fl);
        m.sub(madeUp, below).put(0, 0, mark);
        return n;
    }

    /**
     * Where the face is in the frame (output pixels) and the colour of its skin (BGR), for telling the neck from the
     * clothing.
     */
    record Face(double centreX, double chinY, double faceWidth, Scalar skin, SkinTone tone) {
    }

    /**
     * The face's skin as a chroma distribution (CIE a*, b*: mean and inverse covariance), which a shadowed neck
     * keeps while its lightness drops; a pixel within {@link #MAX_SKIN_DISTANCE} of it (Mahalanobis) is skin.
     */
    record SkinTone(double a, double b, double iaa, double iab, double ibb) {
        boolean matches(double[] lab) {
            if (lab[0] < 12) {
                return false;
            }
            double da = lab[1] - a;
            double db = lab[2] - b;
            return da * da * iaa + 2 * da * db * iab + db * db * ibb < MAX_SKIN_DISTANCE * MAX_SKIN_DISTANCE;
        }
    }

    /** Mahalanobis distance in a*, b* within which a colour is the face's skin. */
    static final double MAX_SKIN_DISTANCE = 3.0;

    /** Last rows whose clothing colour and texture are continued. */
    static final int TAIL = 12;
    /** The reflected texture falls to 1/e over this many made-up rows. */
    static final double DETAIL_FADE = 12;

    /** A column's colour goes from its own at the source's edge to the smoothed one over this many rows (1/e). */
    static final double SEAM_FADE = 24;
    /** Share of the last rows' grain (their spread about the column's colour) given to the made-up rows. */
    static final double GRAIN = 0.8;
    /** The most grain given to made-up clothing (8-bit units): more is a pattern, not grain. */
    static final double MAX_GRAIN = 5;
    /** An open neckline closes over at most this many face widths below the source. */
    static final double NECKLINE_DEPTH = 0.15;

    /**
     * Per column of the torso, the grain of its clothing in the last rows: the median difference between
     * neighbouring pixels (luminance, 8-bit units, as the spread of one pixel), which a pattern's stripes or a
     * fold's edge do not raise; at most {@link #MAX_GRAIN}, smoothed across; 0 where the column is skin.
     */
    private double[] grainSigma(byte[] px, float[] p, double[][] colour, boolean[] neckline, Run last, int band,
            int tail) {
        double[][] asColour = new double[width][];
        for (int x = last.start(); x < last.end(); x++) {
            List<Double> diffs = new ArrayList<>();
            if (colour[x] != null && !neckline[x] && x + 1 < last.end()) {
                for (int r = band - tail; r < band; r++) {
                    int at = r * width + x;
                    if (p[at] >= PERSON && p[at + 1] >= PERSON) {
                        diffs.add(Math.abs(luma(px[3 * at] & 0xFF, px[3 * at + 1] & 0xFF, px[3 * at + 2] & 0xFF)
                                - luma(px[3 * at + 3] & 0xFF, px[3 * at + 4] & 0xFF, px[3 * at + 5] & 0xFF)));
                    }
                }
            }
            double s = 0;
            if (diffs.size() > 2) {
                java.util.Collections.sort(diffs);
                // the median |a - b| of two pixels of spread s is 0.954 s
                s = Math.min(MAX_GRAIN, diffs.get(diffs.size() / 2) / 0.954);
            }
            asColour[x] = new double[] {s, s, s};
        }
        double[][] smooth = smoothAcross(asColour, last, Math.max(2, width / 24));
        double[] sigma = new double[width];
        for (int x = last.start(); x < last.end(); x++) {
            sigma[x] = smooth[x][0];
        }
        return sigma;
    }

    /**
     * A fixed field of fine grain for {@code rows} made-up rows: Gaussian noise, blurred over 3 x 3 pixels as
     * woven cloth is, of unit spread. Seeded, so that one photo always gives the same file.
     */
    private float[] grain(int rows) {
        java.util.Random random = new java.util.Random(0x6772_6164L);
        float[] white = new float[rows * width];
        for (int i = 0; i < white.length; i++) {
            white[i] = (float) random.nextGaussian();
        }
        float[] out = new float[white.length];
        for (int r = 0; r < rows; r++) {
            for (int x = 0; x < width; x++) {
                float sum = 0;
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int rr = r + dr;
                        int xx = x + dx;
                        if (rr >= 0 && rr < rows && xx >= 0 && xx < width) {
                            sum += white[rr * width + xx];
                            n++;
                        }
                    }
                }
                // the mean of n unit Gaussians has spread 1/sqrt(n)
                out[r * width + x] = (float) (sum / Math.sqrt(n));
            }
        }
        return out;
    }

    private static double luma(double b, double g, double r) {
        return 0.114 * b + 0.587 * g + 0.299 * r;
    }

    private static double[] colour(double[][] colour, int x, double[] fallback) {
        return colour[x] == null ? fallback : colour[x];
    }

    /** Columns without a colour (an open neckline, thin person) take the line between the known ones beside them. */
    private static void fillGaps(double[][] colour, Run run) {
        int prev = -1;
        for (int x = run.start(); x < run.end(); x++) {
            if (colour[x] == null) {
                continue;
            }
            if (prev < 0) {
                for (int k = run.start(); k < x; k++) {
                    colour[k] = colour[x].clone();
                }
            } else {
                for (int k = prev + 1; k < x; k++) {
                    double t = (double) (k - prev) / (x - prev);
                    colour[k] = new double[3];
                    for (int c = 0; c < 3; c++) {
                        colour[k][c] = (1 - t) * colour[prev][c] + t * colour[x][c];
                    }
                }
            }
            prev = x;
        }
        for (int k = prev + 1; k < run.end(); k++) {
            colour[k] = colour[prev].clone();
        }
    }

    private double[][] smoothAcross(double[][] colour, Run run, int radius) {
        double[][] smooth = new double[width][];
        for (int x = run.start(); x < run.end(); x++) {
            double[] sum = new double[3];
            int n = 0;
            for (int k = Math.max(run.start(), x - radius); k < Math.min(run.end(), x + radius + 1); k++) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += colour[k][c];
                }
                n++;
            }
            smooth[x] = new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
        }
        return smooth;
    }

    /**
     * Whether a pixel of the last rows is skin (the neck, an open collar) rather than clothing: close to the face's
     * skin or to the neck's colour; under the face, also the face's skin chroma at any lightness, or any colour of
     * skin's range (YCrCb), as the neck is often in the chin's shadow.
     */
    static boolean isSkin(double b, double g, double r, double[] skinLab, double[] neckLab, boolean underTheFace,
            SkinTone tone) {
        double[] c = lab(b, g, r);
        if (deltaE(c, skinLab) < SKIN_DELTA_E || neckLab != null && deltaE(c, neckLab) < SKIN_DELTA_E) {
            return true;
        }
        if (!underTheFace) {
            return false;
        }
        if (tone != null && tone.matches(c)) {
            return true;
        }
        double y = 0.299 * r + 0.587 * g + 0.114 * b;
        double cr = (r - y) * 0.713 + 128;
        double cb = (b - y) * 0.564 + 128;
        return y > 40 && cr >= 135 && cr <= 175 && cb >= 80 && cb <= 125;
    }

    /** Under the face, clothing this much darker (L*) than the clothing beside it is the shadow inside a collar. */
    static final double SHADOW_L = 25;

    /** The neck (and an open collar) lies within this many face widths either side of the face's centre. */
    static final double NECK_HALF_WIDTH = 0.4;

    /** Lab of the neck just below the chin (often in the chin's shadow), or null when that is below the source. */
    private static double[] neckColour(Mat image, Face face, int bottom) {
        int x0 = (int) Math.round(face.centreX() - 0.1 * face.faceWidth());
        int y0 = (int) Math.round(face.chinY() + 0.08 * face.faceWidth());
        int w = (int) Math.max(2, Math.round(0.2 * face.faceWidth()));
        int h = (int) Math.max(2, Math.round(0.08 * face.faceWidth()));
        if (x0 < 0 || y0 < 0 || x0 + w > image.cols() || y0 + h > Math.min(bottom, image.rows())) {
            return null;
        }
        try (MatScope m = new MatScope()) {
            Scalar c = Core.mean(m.sub(image, new Rect(x0, y0, w, h)));
            return lab(c.val[0], c.val[1], c.val[2]);
        }
    }

    /** Pixels this close to the face's skin (CIE76 in Lab) are skin, not clothing. */
    static final double SKIN_DELTA_E = 16;

    /** A run of person pixels in one row: [start, end). */
    private record Run(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * The torso in one row: the longest run of person pixels, joined with the runs beside it across gaps of less
     * than a twelfth of the width (a lapel or a tie the mask split off is still the torso).
     */
    private Run torso(float[] p, int row, double threshold) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= width; x++) {
            boolean in = x < width && p[row * width + x] >= threshold;
            if (in && start < 0) {
                start = x;
            } else if (!in && start >= 0) {
                runs.add(new Run(start, x));
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return new Run(0, 0);
        }
        int best = 0;
        for (int i = 1; i < runs.size(); i++) {
            if (runs.get(i).length() > runs.get(best).length()) {
                best = i;
            }
        }
        int lo = best;
        int hi = best;
        int gap = width / 12;
        while (lo > 0 && runs.get(lo).start() - runs.get(lo - 1).end() < gap) {
            lo--;
        }
        while (hi < runs.size() - 1 && runs.get(hi + 1).start() - runs.get(hi).end() < gap) {
            hi++;
        }
        return new Run(runs.get(lo).start(), runs.get(hi).end());
    }

    /** CIE Lab of an sRGB colour given as B, G, R (0..255). */
    static double[] lab(double b, double g, double r) {
        double[] rgb = {lin(r / 255), lin(g / 255), lin(b / 255)};
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.9505;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.089;
        double fx = fl(x);
        double fy = fl(y);
        double fz = fl(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double lin(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double fl(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The affine map x' = k x + dx, y' = k y + dy. */
    private static Mat affine(double k, double dx, double dy) {
        Mat a = new Mat(2, 3, CvType.CV_64F);
        a.put(0, 0, k, 0, dx, 0, k, dy);
        return a;
    }
}
