package org.gradphoto.engine.fix;

import org.gradphoto.engine.profile.FrameSpec;
import org.gradphoto.engine.profile.Window;

/**
 * Chooses the one scale and offset (no rotation) that put crown, eye line and face width inside their windows,
 * the face centred horizontally. The three windows are coupled by the scale: crown-to-eye distance and face width
 * both grow with it, so no fixed target works for every head (STANDARD.md, "Fix targets").
 *
 * <p>Among the placements that keep a comfortable margin to every window edge, the one whose source reaches
 * furthest down the frame is taken (a real photo's torso reaches the bottom edge; a bust above a band of
 * background does not look like one), and of those the one with the most margin. Where no placement is
 * comfortable, the one with the most margin.
 */
final class HeadPlacement {

    private static final int STEPS = 400;

    private final Window crown;
    private final Window eyes;
    private final Window width;
    private final int outWidth;
    private final int outHeight;
    private final double comfort;

    HeadPlacement(FrameSpec frame) {
        this.crown = frame.crown();
        this.eyes = frame.eyes();
        this.width = frame.faceWidth();
        this.outWidth = frame.width();
        this.outHeight = frame.height();
        this.comfort = frame.fix().comfortMargin();
    }

    /** The head in source pixels, and the source's height. */
    record Head(double crownY, double eyeLineY, double faceWidth, double faceCentreX, double sourceWidth,
            double sourceHeight) {
        Head {
            if (faceWidth <= 0 || eyeLineY <= crownY || sourceHeight <= 0 || sourceWidth <= 0) {
                throw new IllegalArgumentException("face geometry makes no sense");
            }
        }
    }

    /** The placement for this head; with {@code wantedWidth} not null, at the scale that gives that face width. */
    Placement place(Head h, Double wantedWidth) {
        return place(h, wantedWidth, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #place(Head, Double)}, enlarging the head to fill the frame only up to {@code maxScale} (beyond it
     * the picture would be soft; the placement with the most margin is still found at any scale).
     */
    Placement place(Head h, Double wantedWidth, double maxScale) {
        if (wantedWidth != null) {
            return atScale(wantedWidth / h.faceWidth(), h, false);
        }
        // scales that keep the face width in its window, widened so that a placement exists even when the
        // head's proportions make the windows incompatible (the margin then says how bad)
        double sLo = width.min() / h.faceWidth() * 0.8;
        double sHi = width.max() / h.faceWidth() * 1.2;
        Placement widest = null;
        Placement fullest = null;
        for (int i = 0; i <= STEPS; i++) {
            double s = sLo + (sHi - sLo) * i / STEPS;
            Placement p = atScale(s, h, false);
            if (widest == null || p.margin() > widest.margin()) {
                widest = p;
            }
            Placement c = s <= maxScale ? atScale(s, h, true) : null;
            if (c != null && (fullest == null || better(c, fullest))) {
                fullest = c;
            }
        }
        return fullest != null ? fullest : widest;
    }

    /** Reaching further down wins; at the same coverage, the larger margin. */
    private boolean better(Placement a, Placement b) {
        int ra = a.rowsBelowSource(outHeight);
        int rb = b.rowsBelowSource(outHeight);
        return ra != rb ? ra < rb : a.margin() > b.margin();
    }

    /**
     * The placement at scale {@code s}. Not covering: the vertical offset with the most margin. Covering: the
     * offset nearest to that one, among those keeping the comfortable margin, that brings the source's bottom as
     * far down as it can (null when no offset keeps the comfortable margin at this scale).
     */
    private Placement atScale(double s, Head h, boolean covering) {
        double c = s * h.crownY();
        double e = s * h.eyeLineY();
        double w = s * h.faceWidth();
        double tx = outWidth / 2.0 - s * h.faceCentreX();
        double best = bestOffset(c, e);
        double ty = best;
        if (covering) {
            if (width.margin(w) < comfort) {
                return null;
            }
            double lo = Math.max(crown.min() + comfort - c, eyes.min() + comfort - e);
            double hi = Math.min(crown.max() - comfort - c, eyes.max() - comfort - e);
            if (lo > hi) {
                return null;
            }
            // the least move down from the best offset that covers the bottom, or as far down as allowed
            double needed = outHeight - s * h.sourceHeight();
            ty = Math.max(lo, Math.min(hi, Math.max(best, needed)));
        }
        double margin = Math.min(Math.min(crown.margin(c + ty), eyes.margin(e + ty)), width.margin(w));
        return new Placement(s, tx, ty, c + ty, e + ty, w, margin, s * h.sourceHeight() + ty, h.sourceWidth());
    }

    /**
     * The vertical offset maximising min(crown margin, eye margin): among the offsets where two of the four
     * window-edge lines cross, or where either tent peaks.
     */
    private double bestOffset(double c, double e) {
        double[] candidates = {
            crown.centre() - c, eyes.centre() - e,
            (crown.min() + eyes.max() - c - e) / 2,   // crown rising edge meets eye falling edge
            (crown.max() + eyes.min() - c - e) / 2,   // crown falling edge meets eye rising edge
        };
        double bestTy = candidates[0];
        double bestM = Double.NEGATIVE_INFINITY;
        for (double ty : candidates) {
            double m = Math.min(crown.margin(c + ty), eyes.margin(e + ty));
            if (m > bestM) {
                bestM = m;
                bestTy = ty;
            }
        }
        return bestTy;
    }
}
