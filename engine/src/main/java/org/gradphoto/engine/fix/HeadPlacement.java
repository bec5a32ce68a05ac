package org.gradphoto.engine.fix;

/**
 * Chooses the one scale and offset that put crown, eye line and face width inside their windows with the most
 * margin (the smallest distance to any window edge, maximised), the face centred horizontally. The three windows
 * are coupled by the scale: crown-to-eye distance and face width both grow with it, so no fixed target works for
 * every head (STANDARD.md, "Fix targets").
 */
public final class HeadPlacement {

    private static final int STEPS = 400;

    private final Window crown;
    private final Window eyes;
    private final Window width;
    private final int outWidth;

    public HeadPlacement(Window crown, Window eyes, Window width, int outWidth) {
        this.crown = crown;
        this.eyes = eyes;
        this.width = width;
        this.outWidth = outWidth;
    }

    /**
     * @param crownY crown in source pixels
     * @param eyeLineY eye line in source pixels
     * @param faceWidth face width in source pixels
     * @param faceCentreX face centre in source pixels
     */
    public Placement place(double crownY, double eyeLineY, double faceWidth, double faceCentreX) {
        return place(crownY, eyeLineY, faceWidth, faceCentreX, null);
    }

    /**
     * As {@link #place(double, double, double, double)}, with the output face width fixed to {@code wantedWidth}
     * when it is not null (only the vertical offset is then chosen).
     */
    public Placement place(double crownY, double eyeLineY, double faceWidth, double faceCentreX, Double wantedWidth) {
        if (faceWidth <= 0 || eyeLineY <= crownY) {
            throw new IllegalArgumentException("face geometry makes no sense");
        }
        if (wantedWidth != null) {
            return atScale(wantedWidth / faceWidth, crownY, eyeLineY, faceWidth, faceCentreX);
        }
        // scales that keep the face width in its window, widened so that a placement exists even when the
        // head's proportions make the windows incompatible (the margin then says how bad)
        double sLo = width.min() / faceWidth * 0.8;
        double sHi = width.max() / faceWidth * 1.2;
        Placement best = null;
        for (int i = 0; i <= STEPS; i++) {
            double s = sLo + (sHi - sLo) * i / STEPS;
            Placement p = atScale(s, crownY, eyeLineY, faceWidth, faceCentreX);
            if (best == null || p.margin() > best.margin()) {
                best = p;
            }
        }
        return best;
    }

    private Placement atScale(double s, double crownY, double eyeY, double faceWidth, double centreX) {
        double c = s * crownY;
        double e = s * eyeY;
        // the vertical offset maximising min(crown margin, eye margin): among the offsets where two of the four
        // window-edge lines cross, or where either tent peaks
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
        double w = s * faceWidth;
        double margin = Math.min(bestM, width.margin(w));
        double tx = outWidth / 2.0 - s * centreX;
        return new Placement(s, tx, bestTy, c + bestTy, e + bestTy, w, margin);
    }
}
