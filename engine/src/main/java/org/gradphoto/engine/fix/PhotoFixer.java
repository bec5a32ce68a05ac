package org.gradphoto.engine.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.Inspection;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceDetection;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.DecodeLimits;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.image.PhotoDecoder;
import org.gradphoto.engine.image.UnreadablePhotoException;
import org.gradphoto.engine.profile.BackgroundColour;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.RuleParams;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Fixes an ordinary photo into a passing file without touching the person: applies EXIF orientation, places the
 * head (one scale and offset, {@link HeadPlacement}), pads with background where the source ends, keeps or
 * replaces the background, encodes to the profile's size, quality and dpi, and checks the result. Never mirrors,
 * rotates or retouches. Refuses, saying what new photo to take, when only a new photo can help.
 */
public final class PhotoFixer {

    /** Large photos are decoded reduced (libjpeg scales while decoding) to about this long side, or more. */
    static final int SOURCE_LONG_SIDE = 1600;
    /** Analysis (detection, mesh, mask, the "before" report) runs on a copy at most this long. */
    static final int ANALYSIS_LONG_SIDE = 1000;
    /** A second face counts as another person when at least this share of the main face's width. */
    static final double OTHER_PERSON_SHARE = 0.35;
    static final double MAX_ENLARGEMENT = 2.0;
    /** Least margin (px) to every window; below it the head's proportions cannot be placed reliably. */
    static final double MIN_MARGIN = 3;
    /** Rows the source's bottom edge may be extended before background fills the rest. */
    static final int BOTTOM_EXTENSION = 8;
    /** The source must reach this far below the chin, in face widths, or the photo is cut too close. */
    static final double MIN_BELOW_CHIN = 0.35;

    /** Rules about the person that no crop or background can change, and the refusal each one means. */
    private static final java.util.Map<String, FixRefusal> PERSON_RULES = new java.util.LinkedHashMap<>();

    static {
        PERSON_RULES.put("EXPR_EYES_OPEN", FixRefusal.EYES_CLOSED);
        PERSON_RULES.put("POSE_FRONTAL", FixRefusal.HEAD_TURNED);
        PERSON_RULES.put("GEOM_EYES_LEVEL", FixRefusal.HEAD_TILTED);
        PERSON_RULES.put("EXPR_MOUTH_CLOSED", FixRefusal.MOUTH_OPEN);
        PERSON_RULES.put("IMG_SHARPNESS", FixRefusal.BLURRED);
        PERSON_RULES.put("IMG_COLOR", FixRefusal.NOT_COLOUR);
    }

    private final PhotoEngine engine;
    private final PhotoDecoder decoder = new PhotoDecoder(DecodeLimits.DEFAULT.withWorkingLongSide(SOURCE_LONG_SIDE));

    public PhotoFixer(PhotoEngine engine) {
        this.engine = engine;
    }

    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options) {
        Targets t = new Targets(profile);
        FileFacts facts = FileFactsReader.read(bytes, fileName);
        DecodedPhoto source;
        try {
            source = decoder.decode(bytes, facts);
        } catch (UnreadablePhotoException e) {
            return refused(engine.inspect(bytes, fileName, profile), FixRefusal.UNREADABLE, List.of());
        }
        if (!engine.analyzer().canAnalyse(source.bgr())) {
            source.release();
            return refused(engine.inspect(bytes, fileName, profile), FixRefusal.TINY_PICTURE, List.of());
        }
        DecodedPhoto copy = analysisCopy(source);
        FaceAnalysis analysis = engine.analyzer().analyse(copy.bgr());
        try {
            Inspection before = engine.inspect(facts, copy, analysis, profile);
            FixRefusal refusal = framingRefusal(analysis, copy);
            if (refusal != null) {
                return refused(before, refusal, List.of());
            }
            FaceFacts f = analysis.face().orElseThrow();
            HeadPlacement placer = new HeadPlacement(t.crown, t.eyes, t.width, t.outWidth);
            Placement p = placer.place(f.crownY(), f.eyeLineY(), f.faceWidth(), f.faceCentreX(), options.faceWidth());
            // output pixels per pixel of the original file
            double enlargement = p.scale() * copy.scale();
            if (enlargement > MAX_ENLARGEMENT) {
                return refused(before, FixRefusal.TOO_SMALL, List.of(new FixResult.Note(
                        String.format(Locale.ROOT, "需要放大 %.1f 倍。", enlargement),
                        String.format(Locale.ROOT, "It would need %.1fx enlargement.", enlargement))));
            }
            if (p.margin() < MIN_MARGIN) {
                return refused(before, FixRefusal.PROPORTIONS, List.of(new FixResult.Note(
                        String.format(Locale.ROOT, "最佳位置：头顶 %.0f、眼睛 %.0f、脸宽 %.0f 像素，无法同时满足。", p.crownY(),
                                p.eyeLineY(), p.faceWidth()),
                        String.format(Locale.ROOT, "Best placement: crown %.0f, eyes %.0f, face %.0f px: not all inside.",
                                p.crownY(), p.eyeLineY(), p.faceWidth()))));
            }
            if (copy.height() < f.chinY() + MIN_BELOW_CHIN * f.faceWidth()) {
                return refused(before, FixRefusal.CHIN_CUT, List.of());
            }
            FixRefusal person = personRefusal(before);
            if (person != null) {
                return refused(before, person, List.of());
            }
            List<FixResult.Note> notes = new ArrayList<>();
            if (enlargement > 1.05) {
                notes.add(new FixResult.Note(String.format(Locale.ROOT, "原图人像较小，放大了 %.2f 倍，可能略显模糊。", enlargement),
                        String.format(Locale.ROOT, "The face was small and was enlarged %.2fx; it may look soft.", enlargement)));
            }
            DecodedPhoto sharp = source;
            if (p.scale() * copy.scale() / source.scale() > 1.0 && source.scale() < 1.0) {
                // the reduced decode is too coarse for this crop: decode again at full size
                sharp = new PhotoDecoder(DecodeLimits.DEFAULT).decode(bytes, facts);
            }
            double k = copy.scale() / sharp.scale();
            Placement onSource = new Placement(p.scale() * k, p.offsetX(), p.offsetY(), p.crownY(), p.eyeLineY(),
                    p.faceWidth(), p.margin());
            Scalar oldBg = oldBackground(copy, analysis);
            Composed canvas = compose(sharp.bgr(), onSource, t, oldBg);
            FixResult.Note extended = extendedSides(canvas.valid);
            if (extended != null) {
                notes.add(extended);
            }
            if (sharp != source) {
                sharp.release();
            }
            BackgroundColour colour = background(options, profile, before);
            Mat result = colour == null ? canvas.image.clone() : replaceBackground(canvas, colour);
            canvas.release();
            EncodedPhoto encoded = t.encoder().encode(result);
            result.release();
            if (encoded.denoise() > 0) {
                notes.add(new FixResult.Note(
                        String.format(Locale.ROOT, "品质 %d 时文件仍超过上限，做了最轻的降噪（σ=%.1f）。", t.minQuality, encoded.denoise()),
                        String.format(Locale.ROOT, "Too big even at quality %d: the mildest denoising that fits was applied (sigma %.1f).",
                                t.minQuality, encoded.denoise())));
            }
            if (!encoded.inWindow()) {
                notes.add(encoded.bytes().length < t.minBytes
                        ? new FixResult.Note("即使品质 100，文件仍小于下限：照片内容过于平淡。",
                                "Even at quality 100 the file stays below the minimum: the picture is very flat.")
                        : new FixResult.Note("即使降噪后，文件仍大于上限。", "Even after denoising the file stays above the maximum."));
            }
            String outName = fileName.replaceFirst("\\.[^.]*$", "") + ".jpg";
            Inspection after = engine.inspect(encoded.bytes(), outName, profile);
            return new FixResult(before, after, encoded.bytes(), null, p, encoded, colour == null ? FixOptions.KEEP
                    : colour.id(), notes);
        } finally {
            analysis.close();
            if (copy != source) {
                copy.release();
            }
            source.release();
        }
    }

    private static FixResult refused(Inspection before, FixRefusal why, List<FixResult.Note> notes) {
        return new FixResult(before, null, null, why, null, null, null, notes);
    }

    private static DecodedPhoto analysisCopy(DecodedPhoto source) {
        int longSide = Math.max(source.width(), source.height());
        if (longSide <= ANALYSIS_LONG_SIDE) {
            return source;
        }
        double k = (double) ANALYSIS_LONG_SIDE / longSide;
        Mat small = new Mat();
        Imgproc.resize(source.bgr(), small, new Size(Math.round(source.width() * k), Math.round(source.height() * k)),
                0, 0, Imgproc.INTER_AREA);
        return new DecodedPhoto(small, source.scale() * small.cols() / source.width(), source.displayWidth(),
                source.displayHeight(), source.hadAlpha());
    }

    /** Framing only a new photo fixes (nobody, several people, a face or head cut off); null when fine. */
    private static FixRefusal framingRefusal(FaceAnalysis a, DecodedPhoto copy) {
        if (a.faces().isEmpty()) {
            return FixRefusal.NO_FACE;
        }
        double mainWidth = a.faces().get(0).box().width;
        long people = a.faces().stream().map(FaceDetection::box).filter(b -> b.width >= OTHER_PERSON_SHARE * mainWidth)
                .count();
        if (people > 1) {
            return FixRefusal.SEVERAL_FACES;
        }
        if (a.face().isEmpty()) {
            return FixRefusal.NO_KEYPOINTS;
        }
        FaceFacts f = a.face().get();
        if (Math.min(f.cheekRight().x, f.cheekLeft().x) < 0 || Math.max(f.cheekRight().x, f.cheekLeft().x) > copy.width()) {
            return FixRefusal.FACE_CUT;
        }
        if (f.crownAtTopEdge()) {
            return FixRefusal.CROWN_CUT;
        }
        if (f.chinY() > copy.height() - 2) {
            return FixRefusal.CHIN_CUT;
        }
        return null;
    }

    /**
     * The person as the camera saw them (eyes, pose, mouth, focus, colour): read from the check of the original, so
     * that fixer and checker always agree; these rules refuse only where the profile makes them errors.
     */
    private static FixRefusal personRefusal(Inspection before) {
        for (var e : PERSON_RULES.entrySet()) {
            if (before.result(e.getKey()).map(RuleResult::rejects).orElse(false)) {
                return e.getValue();
            }
        }
        return null;
    }


    /** Mean colour of the old background (BGR), for padding where the source ends. */
    private static Scalar oldBackground(DecodedPhoto copy, FaceAnalysis a) {
        if (Core.countNonZero(a.backgroundMask()) > 0) {
            return Core.mean(copy.bgr(), a.backgroundMask());
        }
        return new Scalar(255, 255, 255);
    }

    /**
     * The output-sized picture; where the source had pixels ({@code valid}); where the frame was filled with the
     * background colour ({@code filled}: surely background, whatever a person mask says).
     */
    private record Composed(Mat image, Mat valid, Mat filled) {

        void release() {
            image.release();
            valid.release();
            filled.release();
        }
    }

    /**
     * Crops and scales the source into the output frame (area averaging when shrinking, bicubic when enlarging),
     * with no rotation and no mirroring. Where the frame reaches past the source, the sides extend the source's
     * edge pixels (background stays background, shoulders widen a little) and the top and bottom are filled with
     * the old background's colour: extending the bottom would smear the neck or tie into streaks, and the hair never
     * touches the top (such photos are refused). A few pixels at the bottom are still extended, invisibly.
     */
    private static Composed compose(Mat src, Placement p, Targets t, Scalar fill) {
        Size outSize = new Size(t.outWidth, t.outHeight);
        double s = p.scale();
        Mat out = new Mat();
        if (s < 1) {
            // shrink: area averaging of the source region that lands in the frame (no aliasing), then the
            // sub-pixel shift into place
            int sx0 = clamp((int) Math.floor(-p.offsetX() / s), 0, src.cols() - 1);
            int sy0 = clamp((int) Math.floor(-p.offsetY() / s), 0, src.rows() - 1);
            int sx1 = clamp((int) Math.ceil((t.outWidth - p.offsetX()) / s) + 1, sx0 + 1, src.cols());
            int sy1 = clamp((int) Math.ceil((t.outHeight - p.offsetY()) / s) + 1, sy0 + 1, src.rows());
            Rect roi = new Rect(sx0, sy0, sx1 - sx0, sy1 - sy0);
            Mat small = new Mat();
            Size smallSize = new Size(Math.max(1, Math.round(roi.width * s)), Math.max(1, Math.round(roi.height * s)));
            Mat region = src.submat(roi);
            Imgproc.resize(region, small, smallSize, 0, 0, Imgproc.INTER_AREA);
            region.release();
            Mat m = affine(s / (smallSize.width / roi.width), roi.x * s + p.offsetX(), roi.y * s + p.offsetY());
            Imgproc.warpAffine(small, out, m, outSize, Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            small.release();
            m.release();
        } else {
            Mat m = affine(s, p.offsetX(), p.offsetY());
            Imgproc.warpAffine(src, out, m, outSize, Imgproc.INTER_CUBIC, Core.BORDER_REPLICATE);
            m.release();
        }
        Mat filled = Mat.zeros(t.outHeight, t.outWidth, CvType.CV_8U);
        int top = (int) Math.ceil(Math.max(0, p.offsetY()));
        if (top > 0) {
            fillBand(out, filled, new Rect(0, 0, t.outWidth, Math.min(top, t.outHeight)), fill);
        }
        int bottom = (int) Math.floor(src.rows() * s + p.offsetY()) + BOTTOM_EXTENSION;
        if (bottom < t.outHeight) {
            fillBand(out, filled, new Rect(0, Math.max(0, bottom), t.outWidth, t.outHeight - Math.max(0, bottom)), fill);
        }
        Mat valid = Mat.zeros(t.outHeight, t.outWidth, CvType.CV_8U);
        int x0 = clamp((int) Math.ceil(p.offsetX()), 0, t.outWidth);
        int y0 = clamp(top, 0, t.outHeight);
        int x1 = clamp((int) Math.floor(src.cols() * s + p.offsetX()), x0, t.outWidth);
        int y1 = clamp((int) Math.floor(src.rows() * s + p.offsetY()), y0, t.outHeight);
        if (x1 > x0 && y1 > y0) {
            Mat v = valid.submat(new Rect(x0, y0, x1 - x0, y1 - y0));
            v.setTo(Scalar.all(255));
            v.release();
        }
        return new Composed(out, valid, filled);
    }

    private static void fillBand(Mat image, Mat filled, Rect band, Scalar colour) {
        Mat a = image.submat(band);
        Mat b = filled.submat(band);
        a.setTo(colour);
        b.setTo(Scalar.all(255));
        a.release();
        b.release();
    }

    /** Which sides of the output frame lay beyond the source, as a note; null when none did. */
    private static FixResult.Note extendedSides(Mat valid) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int w = valid.cols();
        int h = valid.rows();
        Mat[] edges = {valid.row(0), valid.row(h - 1), valid.col(0), valid.col(w - 1)};
        String[][] names = {{"上", "top"}, {"下", "bottom"}, {"左", "left"}, {"右", "right"}};
        for (int i = 0; i < 4; i++) {
            if (Core.countNonZero(edges[i]) == 0) {
                zh.add(names[i][0]);
                en.add(names[i][1]);
            }
            edges[i].release();
        }
        if (zh.isEmpty()) {
            return null;
        }
        return new FixResult.Note("原图" + String.join("、", zh) + "侧不够，已用背景色或边缘像素补足（未改动人像）。",
                "The source ended at the " + String.join(", ", en)
                        + " side(s): the frame was filled with background or the edge pixels (the person is untouched).");
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The affine map x' = k x + dx, y' = k y + dy. */
    private static Mat affine(double k, double dx, double dy) {
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, k, 0, dx, 0, k, dy);
        return m;
    }

    /** The background to put behind the person, or null to keep the old one. */
    private static BackgroundColour background(FixOptions o, Profile profile, Inspection before) {
        String choice = o.background();
        if (FixOptions.KEEP.equals(choice)) {
            return null;
        }
        if (FixOptions.AUTO.equals(choice)) {
            boolean passes = before.result("BG_COLOR").map(RuleResult::passed).orElse(false)
                    && before.result("BG_UNIFORM").map(RuleResult::passed).orElse(false);
            if (passes) {
                return null;
            }
            if (profile.backgrounds().isEmpty()) {
                return new BackgroundColour("white", "白色", "white", 255, 255, 255);
            }
            return profile.backgrounds().get(0);
        }
        o.requireAllowedBy(profile);
        return profile.background(choice).orElseThrow();
    }

    /**
     * The person mask of the composed picture itself (sharper than the source's, at output size), snapped to the
     * picture's edges by a guided filter, and forced to background where the frame was filled.
     */
    private Mat replaceBackground(Composed c, BackgroundColour colour) {
        Mat mask = engine.analyzer().personMask(c.image);
        Mat alpha = GuidedFilter.filter(c.image, mask, 4, 1e-3);
        alpha.setTo(Scalar.all(0), c.filled);
        Mat out = BackgroundReplacer.replace(c.image, alpha, new Scalar(colour.b(), colour.g(), colour.r()));
        mask.release();
        alpha.release();
        return out;
    }

    /** What the profile asks of the output. */
    private static final class Targets {
        final int outWidth;
        final int outHeight;
        final Window crown;
        final Window eyes;
        final Window width;
        final int minQuality;
        final long minBytes;
        final long maxBytes;
        final int dpi;

        Targets(Profile p) {
            RuleParams dims = p.params("FILE_DIMENSIONS");
            outWidth = dims.integer("width");
            outHeight = dims.integer("height");
            crown = window(p.params("GEOM_CROWN"));
            eyes = window(p.params("GEOM_EYES"));
            width = window(p.params("GEOM_FACE_WIDTH"));
            minQuality = (int) Math.ceil(p.params("FILE_QUALITY").number("min"));
            minBytes = Math.round(p.params("FILE_SIZE").number("minKb") * 1024);
            maxBytes = Math.round(p.params("FILE_SIZE").number("maxKb") * 1024);
            dpi = (int) Math.round(p.params("FILE_DPI").number("dpi"));
        }

        SizeWindowEncoder encoder() {
            return new SizeWindowEncoder(minQuality, minBytes, maxBytes, dpi);
        }

        private static Window window(RuleParams r) {
            return new Window(r.number("min"), r.number("max"));
        }
    }
}
