package org.gradphoto.engine.fix;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the highest JPEG quality (never below the minimum) whose file lands inside the size window, with 4:2:0 or
 * 4:4:4 subsampling, whichever gives the better file: the higher quality, 4:4:4 on a tie. A 4:4:4 file is never
 * smaller than a 4:2:0 file of the same quality, so 4:4:4 can only tie, and one encoding at the 4:2:0 answer tells.
 * A busy picture that is too big even at the minimum quality gets the mildest denoising that makes it fit
 * (reported); a flat picture that stays too small even at quality 100 is reported as such (the file is never padded
 * with junk bytes).
 */
public final class SizeWindowEncoder {

    /** Gaussian blur strengths tried, mildest first, when the minimum quality is still too big. */
    private static final double[] DENOISE_SIGMAS = {0.4, 0.6, 0.8, 1.0, 1.3, 1.6};

    private final int minQuality;
    private final long minBytes;
    private final long maxBytes;
    private final int dpi;

    public SizeWindowEncoder(int minQuality, long minBytes, long maxBytes, int dpi) {
        if (minQuality < 1 || minQuality > 100 || minBytes > maxBytes) {
            throw new IllegalArgumentException("bad size window");
        }
        this.minQuality = minQuality;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
        this.dpi = dpi;
    }

    public EncodedPhoto encode(Mat bgr) {
        EncodedPhoto best = withFullChroma(bgr, search(bgr, Subsampling.S420, 0), 0);
        if (best.inWindow() || best.bytes().length < minBytes) {
            return best;
        }
        for (double sigma : DENOISE_SIGMAS) {
            Mat soft = new Mat();
            Imgproc.GaussianBlur(bgr, soft, new Size(0, 0), sigma);
            EncodedPhoto e = withFullChroma(soft, search(soft, Subsampling.S420, sigma), sigma);
            soft.release();
            if (e.inWindow()) {
                return e;
            }
            best = e;
        }
        return best;
    }

    /** 4:4:4 at the quality 4:2:0 reached, when it still fits: the same quality with full colour resolution. */
    private EncodedPhoto withFullChroma(Mat bgr, EncodedPhoto chroma420, double sigma) {
        if (!chroma420.inWindow()) {
            return bestOf(chroma420, search(bgr, Subsampling.S444, sigma));
        }
        byte[] full = JpegEncoder.encode(bgr, chroma420.quality(), Subsampling.S444, dpi);
        if (full.length >= minBytes && full.length <= maxBytes) {
            return new EncodedPhoto(full, chroma420.quality(), Subsampling.S444, sigma, true);
        }
        return chroma420;
    }

    private EncodedPhoto bestOf(EncodedPhoto a, EncodedPhoto b) {
        if (a.inWindow() != b.inWindow()) {
            return a.inWindow() ? a : b;
        }
        if (!a.inWindow()) {
            // neither fits: the one nearer the window
            return distance(a) <= distance(b) ? a : b;
        }
        return b.quality() > a.quality() ? b : a;
    }

    private long distance(EncodedPhoto e) {
        long n = e.bytes().length;
        return n < minBytes ? minBytes - n : n - maxBytes;
    }

    /**
     * The highest quality whose size is at most the maximum (size grows with quality). The bracket [fits, too big]
     * narrows by probing where the log of the size, interpolated between the bracket's ends, reaches the maximum,
     * every other probe at the midpoint so that it always halves in two steps: usually five or six encodings.
     */
    private EncodedPhoto search(Mat bgr, Subsampling s, double sigma) {
        byte[] atMin = JpegEncoder.encode(bgr, minQuality, s, dpi);
        if (atMin.length > maxBytes) {
            return new EncodedPhoto(atMin, minQuality, s, sigma, false);
        }
        byte[] top = JpegEncoder.encode(bgr, 100, s, dpi);
        if (top.length <= maxBytes) {
            return new EncodedPhoto(top, 100, s, sigma, top.length >= minBytes);
        }
        int lo = minQuality;
        byte[] loBytes = atMin;
        int hi = 100;
        long hiSize = top.length;
        boolean interpolate = true;
        while (hi - lo > 1) {
            int q;
            if (interpolate) {
                double t = Math.log((double) maxBytes / loBytes.length) / Math.log((double) hiSize / loBytes.length);
                q = lo + (int) Math.round((hi - lo) * t);
                q = Math.max(lo + 1, Math.min(hi - 1, q));
            } else {
                q = (lo + hi) / 2;
            }
            interpolate = !interpolate;
            byte[] b = JpegEncoder.encode(bgr, q, s, dpi);
            if (b.length <= maxBytes) {
                lo = q;
                loBytes = b;
            } else {
                hi = q;
                hiSize = b.length;
            }
        }
        return new EncodedPhoto(loBytes, lo, s, sigma, loBytes.length >= minBytes);
    }
}
