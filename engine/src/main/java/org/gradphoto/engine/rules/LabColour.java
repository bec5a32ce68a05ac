package org.gradphoto.engine.rules;

/** A colour in CIE L*a*b* (D65): L 0-100; distances between colours as ΔE (CIE76), about 2.3 = just noticeable. */
public record LabColour(double l, double a, double b) {

    public double deltaE(LabColour o) {
        return Math.sqrt((l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b));
    }

    /** Colourfulness: distance from the grey axis. */
    public double chroma() {
        return Math.hypot(a, b);
    }

    public static LabColour fromRgb(int r, int g, int b) {
        double[] xyz = new double[3];
        double rl = linear(r / 255.0);
        double gl = linear(g / 255.0);
        double bl = linear(b / 255.0);
        xyz[0] = (0.4124564 * rl + 0.3575761 * gl + 0.1804375 * bl) / 0.95047;
        xyz[1] = 0.2126729 * rl + 0.7151522 * gl + 0.0721750 * bl;
        xyz[2] = (0.0193339 * rl + 0.1191920 * gl + 0.9503041 * bl) / 1.08883;
        double fx = f(xyz[0]);
        double fy = f(xyz[1]);
        double fz = f(xyz[2]);
        return new LabColour(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** The sRGB value of this colour, clamped to 0..255. */
    public int[] toRgb() {
        double fy = (l + 16) / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = finv(fx) * 0.95047;
        double y = finv(fy);
        double z = finv(fz) * 1.08883;
        double rl = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double gl = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return new int[] {gamma(rl), gamma(gl), gamma(bl)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int gamma(double c) {
        double v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double finv(double t) {
        double t3 = t * t * t;
        return t3 > 216.0 / 24389 ? t3 : (116 * t - 16) / (24389.0 / 27);
    }

    @Override
    public String toString() {
        int[] rgb = toRgb();
        return "RGB(" + rgb[0] + "," + rgb[1] + "," + rgb[2] + ")";
    }
}
