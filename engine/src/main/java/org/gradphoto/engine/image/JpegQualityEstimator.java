package org.gradphoto.engine.image;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Estimates the JPEG "quality" (the IJG 1-100 scale every common encoder uses) from the quantisation tables:
 * files written by libjpeg, ImageIO, Photoshop's "save for web" or phones with IJG-scaled tables give back the
 * exact quality; other tables get the quality whose IJG tables fit them best in the least-squares sense.
 */
public final class JpegQualityEstimator {

    /** ITU T.81 Annex K luminance table, natural (row-major) order. */
    private static final int[] STD_LUMA = {
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};

    /** ITU T.81 Annex K chrominance table, natural order. */
    private static final int[] STD_CHROMA = {
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};

    /** Zig-zag position -> natural position. */
    private static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
        21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
        61, 54, 47, 55, 62, 63};

    private JpegQualityEstimator() {
    }

    /** The estimated quality, or empty when the file has no luminance table. */
    public static OptionalDouble estimate(Map<Integer, int[]> tablesInZigzag) {
        int[] luma = tablesInZigzag.get(0);
        if (luma == null) {
            return OptionalDouble.empty();
        }
        int[] chroma = tablesInZigzag.get(1);
        int bestQ = 1;
        long bestErr = Long.MAX_VALUE;
        for (int q = 1; q <= 100; q++) {
            long err = error(luma, STD_LUMA, q) + (chroma == null ? 0 : error(chroma, STD_CHROMA, q));
            if (err < bestErr) {
                bestErr = err;
                bestQ = q;
            }
        }
        if (bestErr == 0) {
            return OptionalDouble.of(bestQ);
        }
        return OptionalDouble.of(fitContinuous(luma, chroma));
    }

    /** The table an IJG encoder writes for quality q, in zig-zag order (baseline, clamped to 1..255). */
    public static int[] ijgTable(boolean chroma, int quality) {
        int[] std = chroma ? STD_CHROMA : STD_LUMA;
        int[] out = new int[64];
        int scale = scale(quality);
        for (int i = 0; i < 64; i++) {
            out[i] = scaled(std[ZIGZAG[i]], scale);
        }
        return out;
    }

    private static int scale(int q) {
        return q < 50 ? 5000 / q : 200 - 2 * q;
    }

    private static int scaled(int std, int scale) {
        return Math.max(1, Math.min(255, (std * scale + 50) / 100));
    }

    private static long error(int[] zigzagTable, int[] std, int q) {
        int s = scale(q);
        long e = 0;
        for (int i = 0; i < 64; i++) {
            long d = zigzagTable[i] - scaled(std[ZIGZAG[i]], s);
            e += d * d;
        }
        return e;
    }

    /** Least-squares IJG scale factor over both tables, turned back into a quality. */
    private static double fitContinuous(int[] luma, int[] chroma) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < 64; i++) {
            double s = STD_LUMA[ZIGZAG[i]];
            num += luma[i] * s;
            den += s * s;
            if (chroma != null) {
                double c = STD_CHROMA[ZIGZAG[i]];
                num += chroma[i] * c;
                den += c * c;
            }
        }
        double scalePercent = 100.0 * num / den;
        double q = scalePercent <= 100 ? (200 - scalePercent) / 2 : 5000 / scalePercent;
        q = Math.max(1, Math.min(100, q));
        return Math.round(q * 10) / 10.0;
    }
}
