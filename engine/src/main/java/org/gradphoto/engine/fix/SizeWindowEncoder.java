package org.gradphoto.engine.fix;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the highest JPEG quality (never below the minimum) whose file lands inside the size window, for both
 * 4:4:4 and 4:2:0 subsampling, and keeps the better: the higher quality, 4:4:4 on a tie. A busy picture that is
 * too big even at the minimum quality gets the mildest denoising that makes it fit (reported); a flat picture that
 * stays too small even at quality 100 is reported as such (the file is never padded with junk bytes).
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
        EncodedPhoto best = bestOf(search(bgr, Subsampling.S444, 0), search(bgr, Subsampling.S420, 0));
        if (best.inWindow() || best.bytes().length < minBytes) {
            return best;
        }
        for (double sigma : DENOISE_SIGMAS) {
            Mat soft = new Mat();
            Imgproc.GaussianBlur(bgr, soft, new Size(0, 0), sigma);
            EncodedPhoto e = bestOf(search(soft, Subsampling.S444, sigma), search(soft, Subsampling.S420, sigma));
            soft.release();
            if (e.inWindow()) {
                return e;
            }
            best = e;
        }
        return best;
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

    /** Binary search for the highest quality whose size is at most the maximum (size grows with quality). */
    private EncodedPhoto search(Mat bgr, Subsampling s, double sigma) {
        byte[] atMin = JpegEncoder.encode(bgr, minQuality, s, dpi);
        if (atMin.length > maxBytes) {
            return new EncodedPhoto(atMin, minQuality, s, sigma, false);
        }
        int lo = minQuality;
        byte[] loBytes = atMin;
        int hi = 100;
        byte[] top = JpegEncoder.encode(bgr, hi, s, dpi);
        if (top.length <= maxBytes) {
            return new EncodedPhoto(top, hi, s, sigma, top.length >= minBytes);
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            byte[] b = JpegEncoder.encode(bgr, mid, s, dpi);
            if (b.length <= maxBytes) {
                lo = mid;
                loBytes = b;
            } else {
                hi = mid;
            }
        }
        return new EncodedPhoto(loBytes, lo, s, sigma, loBytes.length >= minBytes);
    }
}
