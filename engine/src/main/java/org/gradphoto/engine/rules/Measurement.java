package org.gradphoto.engine.rules;

import java.util.Locale;
import java.util.Map;

/**
 * What a rule measured and the limit it compared against, ready for a result.
 *
 * @param value the main number (null when there is none)
 * @param unit its unit
 * @param text the measurement as a person reads it
 * @param limit the limit as a person reads it
 * @param values further named numbers
 */
public record Measurement(Double value, String unit, String text, String limit, Map<String, Double> values) {

    public static Measurement of(double value, String unit, int decimals, String limit) {
        return new Measurement(round(value, decimals), unit, num(value, decimals) + (unit.isEmpty() ? "" : " " + unit),
                limit, Map.of());
    }

    public static Measurement text(String text, String limit) {
        return new Measurement(null, "", text, limit, Map.of());
    }

    public Measurement with(Map<String, Double> more) {
        return new Measurement(value, unit, text, limit, more);
    }

    public static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public static String range(double min, double max, String unit) {
        return num(min, min == Math.rint(min) ? 0 : 1) + "–" + num(max, max == Math.rint(max) ? 0 : 1)
                + (unit.isEmpty() ? "" : " " + unit);
    }

    public static Double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double k = Math.pow(10, decimals);
        return Math.round(v * k) / k;
    }
}
