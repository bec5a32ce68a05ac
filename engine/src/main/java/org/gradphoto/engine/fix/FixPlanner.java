package org.gradphoto.engine.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceDetection;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.FixSettings;
import org.gradphoto.engine.profile.FrameSpec;
import org.gradphoto.engine.rules.RuleResult;

/**
 * Decides whether a photo can be fixed and how: the refusals (each naming its true cause, with the measured value
 * where there is one) and, for a photo that can be fixed, the placement, how much it is enlarged, and how many
 * rows of clothing are made up below it. Looks at the analysis and the check of the original only; touches no
 * pixel.
 */
final class FixPlanner {

    /** A second face counts as another person when at least this share of the main face's width. */
    static final double OTHER_PERSON_SHARE = 0.35;

    /** Rules about the person that no crop or background can change, and the refusal each one means. */
    private static final Map<String, FixRefusal> PERSON_RULES = new LinkedHashMap<>();

    static {
        // the pose first: on a turned or tilted head the eyes and the mouth are measured least reliably
        PERSON_RULES.put("POSE_FRONTAL", FixRefusal.HEAD_TURNED);
        PERSON_RULES.put("GEOM_EYES_LEVEL", FixRefusal.HEAD_TILTED);
        PERSON_RULES.put("EXPR_EYES_OPEN", FixRefusal.EYES_CLOSED);
        PERSON_RULES.put("EXPR_MOUTH_CLOSED", FixRefusal.MOUTH_OPEN);
        PERSON_RULES.put("IMG_SHARPNESS", FixRefusal.BLURRED);
        PERSON_RULES.put("IMG_COLOR", FixRefusal.NOT_COLOUR);
        PERSON_RULES.put("ACC_HEADWEAR", FixRefusal.HEADWEAR);
        PERSON_RULES.put("ACC_GLASSES", FixRefusal.GLASSES);
        PERSON_RULES.put("ACC_HAIR", FixRefusal.HAIR);
        PERSON_RULES.put("ACC_JEWELLERY", FixRefusal.JEWELLERY);
    }

    private final FrameSpec frame;
    private final HeadPlacement placer;

    FixPlanner(FrameSpec frame) {
        this.frame = frame;
        this.placer = new HeadPlacement(frame);
    }

    /** What the fix will do, or why it will not. */
    sealed interface Decision permits Plan, Refusal {
    }

    /**
     * @param placement where the head goes, in the analysed picture's pixels
     * @param enlargement output pixels per pixel of the original file
     * @param madeUpRows rows below the source to be made up (0 when the source reaches the bottom)
     */
    record Plan(Placement placement, double enlargement, int madeUpRows, List<FixResult.Note> notes) implements Decision {
    }

    record Refusal(FixRefusal reason, List<FixResult.Note> notes) implements Decision {
        Refusal(FixRefusal reason) {
            this(reason, List.of());
        }
    }

    /**
     * @param a the analysis of the picture (at its working size)
     * @param width the analysed picture's width
     * @param height the analysed picture's height
     * @param pixelsPerOriginal the analysed picture's pixels per pixel of the original file
     * @param before the check of the original
     * @param wantedFaceWidth the output face width asked for, or null
     */
    Decision decide(FaceAnalysis a, int width, int height, double pixelsPerOriginal, Inspection before,
            Double wantedFaceWidth) {
        FixRefusal framing = framing(a, width, height);
        if (framing != null) {
            return new Refusal(framing, framingNotes(framing, a, width));
        }
        FaceFacts f = a.face().orElseThrow();
        FixSettings fix = frame.fix();
        HeadPlacement.Head head = new HeadPlacement.Head(f.crownY(), f.eyeLineY(), f.faceWidth(), f.faceCentreX(), width,
                height);
        Placement p = placer.place(head, wantedFaceWidth, fix.maxEnlargement() / pixelsPerOriginal);
        double enlargement = p.scale() * pixelsPerOriginal;
        if (enlargement > fix.maxEnlargement()) {
            return new Refusal(FixRefusal.TOO_SMALL, List.of(new FixResult.Note(
                    String.format(Locale.ROOT, "需要放大 %.1f 倍。", enlargement),
                    String.format(Locale.ROOT, "It would need %.1fx enlargement.", enlargement))));
        }
        if (p.margin() < fix.minMargin()) {
            return new Refusal(FixRefusal.PROPORTIONS, List.of(new FixResult.Note(
                    String.format(Locale.ROOT, "最佳位置：头顶 %.0f、眼睛 %.0f、脸宽 %.0f 像素，无法同时满足。", p.crownY(),
                            p.eyeLineY(), p.faceWidth()),
                    String.format(Locale.ROOT, "Best placement: crown %.0f, eyes %.0f, face %.0f px: not all inside.",
                            p.crownY(), p.eyeLineY(), p.faceWidth()))));
        }
        Optional<RuleResult> person = person(before);
        if (person.isPresent()) {
            return new Refusal(PERSON_RULES.get(person.get().id()), List.of(measured(person.get())));
        }
        int below = p.rowsBelowSource(frame.height());
        if (below > 0 && fix.extendClothing()) {
            double belowChin = (height - f.chinY()) / f.faceWidth();
            if (belowChin < fix.minBelowChin() || below > fix.maxMadeUpRows()) {
                return new Refusal(FixRefusal.BODY_CUT, List.of(new FixResult.Note(
                        String.format(Locale.ROOT, "下巴以下只拍到 %.2f 个脸宽，需补画 %d 行（最多可补 %d 行）。", belowChin, below,
                                fix.maxMadeUpRows()),
                        String.format(Locale.ROOT, "%.2f face widths shown below the chin; %d rows to make up (at most %d).",
                                belowChin, below, fix.maxMadeUpRows()))));
            }
        }
        List<FixResult.Note> notes = new ArrayList<>();
        if (enlargement > 1.05) {
            notes.add(new FixResult.Note(String.format(Locale.ROOT, "原图人像较小，放大了 %.2f 倍，可能略显模糊。", enlargement),
                    String.format(Locale.ROOT, "The face was small and was enlarged %.2fx; it may look soft.", enlargement)));
        }
        return new Plan(p, enlargement, fix.extendClothing() ? below : 0, notes);
    }

    /** Framing only a new photo fixes (nobody, several people, a face or head cut off); null when fine. */
    private static FixRefusal framing(FaceAnalysis a, int width, int height) {
        if (a.faces().isEmpty()) {
            return FixRefusal.NO_FACE;
        }
        if (people(a) > 1) {
            return FixRefusal.SEVERAL_FACES;
        }
        if (a.face().isEmpty()) {
            return FixRefusal.NO_KEYPOINTS;
        }
        FaceFacts f = a.face().get();
        if (Math.min(f.cheekRight().x, f.cheekLeft().x) < 0 || Math.max(f.cheekRight().x, f.cheekLeft().x) > width) {
            return FixRefusal.FACE_CUT;
        }
        if (f.crownAtTopEdge()) {
            return FixRefusal.CROWN_CUT;
        }
        if (f.chinY() > height - 2) {
            return FixRefusal.CHIN_CUT;
        }
        return null;
    }

    /**
     * The person as the camera saw them (eyes, pose, mouth, focus, colour, headwear, glasses, hair, jewellery): read
     * from the check of the original, so that fixer and checker always agree; these rules refuse only where the
     * profile makes them errors.
     */
    private static Optional<RuleResult> person(Inspection before) {
        return PERSON_RULES.keySet().stream().map(before::result).flatMap(Optional::stream).filter(RuleResult::rejects)
                .findFirst();
    }

    /** The refusing rule's measurement beside its limit, as the checker reports it. */
    private static FixResult.Note measured(RuleResult r) {
        return new FixResult.Note("测得 " + r.measuredText() + "，要求 " + r.limit() + "。",
                "Measured " + r.measuredText() + "; required " + r.limit() + ".");
    }

    /** Faces at least {@code OTHER_PERSON_SHARE} as wide as the main one: people, not faces on a poster behind. */
    private static long people(FaceAnalysis a) {
        double mainWidth = a.faces().get(0).box().width;
        return a.faces().stream().map(FaceDetection::box).filter(b -> b.width >= OTHER_PERSON_SHARE * mainWidth).count();
    }

    /** What was seen, for the framing refusals that have a number to show. */
    private static List<FixResult.Note> framingNotes(FixRefusal reason, FaceAnalysis a, int width) {
        return switch (reason) {
            case SEVERAL_FACES -> List.of(new FixResult.Note("照片中找到 " + people(a) + " 张脸。",
                    people(a) + " faces found in the photo."));
            case FACE_CUT -> {
                FaceFacts f = a.face().orElseThrow();
                double outside = Math.max(-Math.min(f.cheekRight().x, f.cheekLeft().x),
                        Math.max(f.cheekRight().x, f.cheekLeft().x) - width);
                int share = (int) Math.round(100 * outside / f.faceWidth());
                yield List.of(new FixResult.Note("约 " + share + "% 的脸宽在照片之外。",
                        "About " + share + " % of the face's width is outside the photo."));
            }
            default -> List.of();
        };
    }
}
