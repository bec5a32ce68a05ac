package org.gradphoto.engine.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleResult;

/**
 * How far the person rules agree with what people saw on the labelled photos: per rule, the confusion table
 * against its label (an {@code unsure} label is not scored) and the false flags on persons labelled compliant.
 * Pose and tilt labels mark only clear cases (see the labels' README): for those rules only the {@code yes} rows
 * are scored. A rule "flags" a photo when it fails, at any severity; ACC_HAIR flags it for the brows or an eye
 * (the labels do not speak of the ears).
 */
public final class LabelledAgreement {

    /** Which persons labelled compliant count for a rule's false flags. */
    public enum FalseFlags {
        /** compliant persons not labelled yes or unsure: being compliant says the rule's property is absent */
        COMPLIANT,
        /** compliant persons whose label for the rule says no (compliance does not speak of it: jewellery) */
        COMPLIANT_AND_NO,
        /** none: compliance does not speak of it and its labels mark only clear cases (a roll of 4°) */
        NONE
    }

    /** One rule's scoring: its label(s), whether only clear cases are scored, and what counts as its flag. */
    public record Scoring(String rule, List<String> labels, boolean yesRowsOnly, FalseFlags falseFlagsOn,
            Predicate<RuleResult> flags) {
    }

    /** A rule's agreement with the labels. */
    public record Result(Scoring scoring, int tp, int fn, int fp, int tn, int compliant, List<String> misses,
            List<String> falseFlags) {

        public int positives() {
            return tp + fn;
        }

        public int scored() {
            return tp + fn + fp + tn;
        }

        /** Share of scored photos where rule and label agree (1 when none is scored). */
        public double agreement() {
            return scored() == 0 ? 1 : (double) (tp + tn) / scored();
        }

        /** Share of persons labelled compliant (and not labelled for this rule's property) that the rule flags. */
        public double falseFlagRate() {
            return compliant == 0 ? 0 : (double) falseFlags.size() / compliant;
        }

        public String row() {
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.0f %% | %d / %d |", scoring.rule(),
                    String.join(" or ", scoring.labels()) + (scoring.yesRowsOnly() ? " (yes rows)" : ""), tp, fn, fp, tn,
                    100 * agreement(), falseFlags.size(), compliant);
        }
    }

    private static final Predicate<RuleResult> FAILED = RuleResult::failed;

    /** The scorings of the person rules, in the order of STANDARD.md. */
    public static final List<Scoring> SCORINGS = List.of(
            new Scoring("POSE_FRONTAL", List.of("head_turned", "looking_up_down"), true, FalseFlags.COMPLIANT, FAILED),
            new Scoring("GEOM_EYES_LEVEL", List.of("head_tilted"), true, FalseFlags.NONE, FAILED),
            new Scoring("EXPR_EYES_OPEN", List.of("eyes_closed"), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("EXPR_MOUTH_CLOSED", List.of("mouth_open"), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("IMG_COLOR", List.of("grey"), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("IMG_SHARPNESS", List.of(), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("ACC_GLASSES", List.of("tinted_glasses", "glasses_reflection"), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("ACC_HAIR", List.of("hair_over_eyebrows_or_eyes"), false, FalseFlags.COMPLIANT,
                    r -> r.failed() && r.values().getOrDefault("browsOrEyeCovered", 0.0) > 0),
            new Scoring("ACC_HEADWEAR", List.of("hat_or_headwear"), false, FalseFlags.COMPLIANT, FAILED),
            new Scoring("ACC_JEWELLERY", List.of("earrings_or_necklace"), false, FalseFlags.COMPLIANT_AND_NO, FAILED));

    private LabelledAgreement() {
    }

    /** Every scoring on every labelled photo, each photo checked once by {@code check}. */
    public static Map<String, Result> measure(List<Labelled> photos, Function<Labelled, Inspection> check) {
        Map<Labelled, Inspection> checked = new LinkedHashMap<>();
        photos.forEach(l -> checked.put(l, check.apply(l)));
        Map<String, Result> out = new LinkedHashMap<>();
        for (Scoring s : SCORINGS) {
            out.put(s.rule(), score(s, checked));
        }
        return out;
    }

    private static Result score(Scoring s, Map<Labelled, Inspection> checked) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        int compliant = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseFlags = new ArrayList<>();
        for (Map.Entry<Labelled, Inspection> e : checked.entrySet()) {
            Labelled l = e.getKey();
            Optional<RuleResult> r = e.getValue().result(s.rule());
            boolean flagged = r.map(s.flags()::test).orElse(false);
            String seen = l.name() + " (" + r.map(RuleResult::measuredText).orElse("not checked") + ")";
            String label = label(l, s.labels());
            boolean counts = switch (s.falseFlagsOn()) {
                case COMPLIANT -> label.equals("no") || label.equals("none");
                case COMPLIANT_AND_NO -> label.equals("no");
                case NONE -> false;
            };
            if (l.yes("compliant_person") && counts) {
                compliant++;
                if (flagged) {
                    falseFlags.add(seen);
                }
            }
            if (label.equals("yes")) {
                if (flagged) {
                    tp++;
                } else {
                    fn++;
                    misses.add("missed " + seen);
                }
            } else if (label.equals("no") && !s.yesRowsOnly()) {
                if (flagged) {
                    fp++;
                    misses.add("flagged " + seen);
                } else {
                    tn++;
                }
            }
        }
        return new Result(s, tp, fn, fp, tn, compliant, misses, falseFlags);
    }

    /** yes when any label says yes, no when all say no, else unsure; none for a rule without a label. */
    private static String label(Labelled l, List<String> columns) {
        if (columns.isEmpty()) {
            return "none";
        }
        if (columns.stream().anyMatch(l::yes)) {
            return "yes";
        }
        return columns.stream().allMatch(l::no) ? "no" : "unsure";
    }
}
