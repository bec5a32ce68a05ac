package org.gradphoto.engine.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.DecodeLimits;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.image.MatScope;
import org.gradphoto.engine.image.PhotoDecoder;
import org.gradphoto.engine.image.UnreadablePhotoException;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.BackgroundColour;
import org.gradphoto.engine.profile.FrameSpec;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.LabColour;
import org.gradphoto.engine.rules.RuleResult;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Fixes an ordinary photo into a passing file without touching the person's face, hair or pose: applies EXIF
 * orientation, lets the {@link FixPlanner} decide (refusals, placement, clothing to make up), composes the frame
 * ({@link FrameComposer}), keeps or replaces the background, encodes to the profile's size, quality and dpi
 * ({@link SizeWindowEncoder}), and checks the result. Never mirrors, rotates or retouches. Used through
 * {@code PhotoEngine.fix}.
 */
public final class PhotoFixer {

    /** Large photos are decoded reduced (libjpeg scales while decoding) to about this long side, or more. */
    static final int SOURCE_LONG_SIDE = 1600;
    /** Analysis (detection, mesh, mask, the "before" report) runs on a copy at most this long. */
    static final int ANALYSIS_LONG_SIDE = 1000;

    /** What the fixer needs of the engine: its analysis and its check, and nothing else. */
    public interface Engine {
        boolean canAnalyse(Mat bgr);

        FaceAnalysis analyse(Mat bgr);

        Mat personMask(Mat bgr);

        /** The check of a file as it is, compared with {@code reference}'s face where it is not null. */
        Inspection inspect(byte[] bytes, String fileName, Profile profile, FaceEmbedding reference);

        /** The check of a photo already decoded and analysed (the caller keeps both). */
        Inspection inspect(FileFacts facts, DecodedPhoto photo, FaceAnalysis analysis, Profile profile);
    }

    private final Engine engine;
    private final PhotoDecoder decoder = new PhotoDecoder(DecodeLimits.DEFAULT.withWorkingLongSide(SOURCE_LONG_SIDE));
    private final PhotoDecoder fullSize = new PhotoDecoder(DecodeLimits.DEFAULT);

    public PhotoFixer(Engine engine) {
        this.engine = engine;
    }

    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options) {
        return fix(bytes, fileName, profile, options, null);
    }

    /**
     * As {@link #fix(byte[], String, Profile, FixOptions)}, the fixed file's check also comparing it with the
     * reference photo's face where {@code reference} is not null (FACE_SAME_PERSON), so that nobody checks it again.
     */
    public FixResult fix(byte[] bytes, String fileName, Profile profile, FixOptions options, FaceEmbedding reference) {
        FrameSpec frame = profile.frame();
        FileFacts facts = FileFactsReader.read(bytes, fileName);
        DecodedPhoto source;
        try {
            source = decoder.decode(bytes, facts);
        } catch (UnreadablePhotoException e) {
            return new FixResult.Refused(engine.inspect(bytes, fileName, profile, null), FixRefusal.UNREADABLE, List.of());
        }
        if (!engine.canAnalyse(source.bgr())) {
            source.release();
            return new FixResult.Refused(engine.inspect(bytes, fileName, profile, null), FixRefusal.TINY_PICTURE, List.of());
        }
        DecodedPhoto copy = analysisCopy(source);
        FaceAnalysis analysis = engine.analyse(copy.bgr());
        try {
            Inspection before = engine.inspect(facts, copy, analysis, profile);
            FixPlanner.Decision d = new FixPlanner(frame).decide(analysis, copy.width(), copy.height(), copy.scale(),
                    before, options.faceWidth());
            if (d instanceof FixPlanner.Refusal r) {
                return new FixResult.Refused(before, r.reason(), r.notes());
            }
            FixPlanner.Plan plan = (FixPlanner.Plan) d;
            return compose(bytes, fileName, profile, options, frame, facts, source, copy, analysis, before, plan, reference);
        } finally {
            analysis.close();
            if (copy != source) {
                copy.release();
            }
            source.release();
        }
    }

    private FixResult compose(byte[] bytes, String fileName, Profile profile, FixOptions options, FrameSpec frame,
            FileFacts facts, DecodedPhoto source, DecodedPhoto copy, FaceAnalysis analysis, Inspection before,
            FixPlanner.Plan plan, FaceEmbedding reference) {
        List<FixResult.Note> notes = new ArrayList<>(plan.notes());
        Placement p = plan.placement();
        DecodedPhoto sharp = source;
        if (p.scale() * copy.scale() / source.scale() > 1.0 && source.scale() < 1.0) {
            // the reduced decode is too coarse for this crop: decode again at full size
            sharp = fullSize.decode(bytes, facts);
        }
        BackgroundColour colour = background(options, profile, before);
        Scalar fill = colour == null ? oldBackground(copy, analysis)
                : new Scalar(colour.b(), colour.g(), colour.r());
        FrameComposer.Composed canvas = new FrameComposer(frame.width(), frame.height()).compose(sharp.bgr(),
                p.onSourceScaled(copy.scale() / sharp.scale()), analysis.personMask(), p, fill,
                plan.madeUpRows() > 0, face(copy, analysis.face().orElseThrow(), p));
        if (sharp != source) {
            sharp.release();
        }
        try {
            if (canvas.madeUpRows() > 0) {
                notes.add(new FixResult.Note(String.format(Locale.ROOT,
                        "原图在肩部以下不够，按衣服的轮廓、颜色和纹理向下补画了 %d 行（脸、头发和颈部未改动）。", canvas.madeUpRows()),
                        String.format(Locale.ROOT, "The source ended below the shoulders: %d rows of clothing were made up "
                                + "from its outline, colour and texture (face, hair and neck untouched).", canvas.madeUpRows())));
            }
            FixResult.Note sides = sidesNote(p, frame, copy);
            if (sides != null) {
                notes.add(sides);
            }
            Mat result = colour == null ? canvas.image().clone()
                    : replaceBackground(canvas, colour, analysis.face().orElseThrow(), p);
            EncodedPhoto encoded;
            try {
                encoded = new SizeWindowEncoder(frame.minQuality(), frame.minBytes(), frame.maxBytes(), frame.dpi())
                        .encode(result);
            } finally {
                result.release();
            }
            if (encoded.denoise() > 0) {
                notes.add(new FixResult.Note(
                        String.format(Locale.ROOT, "品质 %d 时文件仍超过上限，做了最轻微的降噪（%.1f），画面可能略为柔和。", frame.minQuality(),
                                encoded.denoise()),
                        String.format(Locale.ROOT, "Too big even at quality %d: the mildest denoising that fits was applied "
                                + "(sigma %.1f).", frame.minQuality(), encoded.denoise())));
            }
            if (!encoded.inWindow()) {
                notes.add(encoded.bytes().length < frame.minBytes()
                        ? new FixResult.Note("即使品质 100，文件仍小于下限：照片内容过于平淡。",
                                "Even at quality 100 the file stays below the minimum: the picture is very flat.")
                        : new FixResult.Note("即使降噪后，文件仍大于上限。", "Even after denoising the file stays above the maximum."));
            }
            String outName = fileName.replaceFirst("\\.[^.]*$", "") + ".jpg";
            Inspection after = engine.inspect(encoded.bytes(), outName, profile, reference);
            return new FixResult.Fixed(before, after, encoded.bytes(), p, encoded,
                    colour == null ? FixOptions.KEEP : colour.id(), canvas.madeUpRows(), notes);
        } finally {
            canvas.release();
        }
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

    /** The face in the frame, with its skin colour (BGR): the middle of the cheeks, below the eyes, above the mouth. */
    private static FrameComposer.Face face(DecodedPhoto copy, FaceFacts f, Placement p) {
        return new FrameComposer.Face(p.x(f.faceCentreX()), p.y(f.chinY()), f.faceWidth() * p.scale(), skin(copy, f),
                tone(copy, f));
    }

    /** The chroma of the face's skin (cheeks and chin below the eyes), as a distribution; null when too few pixels. */
    private static FrameComposer.SkinTone tone(DecodedPhoto copy, FaceFacts f) {
        double w = f.faceWidth();
        int x0 = (int) Math.max(0, Math.round(f.faceCentreX() - 0.35 * w));
        int x1 = (int) Math.min(copy.width(), Math.round(f.faceCentreX() + 0.35 * w));
        int y0 = (int) Math.max(0, Math.round(f.eyeLineY() + 0.12 * w));
        int y1 = (int) Math.min(copy.height(), Math.round(f.chinY() - 0.05 * w));
        if (x1 - x0 < 4 || y1 - y0 < 4) {
            return null;
        }
        byte[] px = new byte[(x1 - x0) * (y1 - y0) * 3];
        try (MatScope m = new MatScope()) {
            m.sub(copy.bgr(), new Rect(x0, y0, x1 - x0, y1 - y0)).clone().get(0, 0, px);
        }
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        int n = 0;
        for (int i = 0; i < px.length; i += 3) {
            double[] lab = FrameComposer.lab(px[i] & 0xFF, px[i + 1] & 0xFF, px[i + 2] & 0xFF);
            if (lab[0] < 20 || lab[0] > 95) {
                continue;
            }
            sa += lab[1];
            sb += lab[2];
            saa += lab[1] * lab[1];
            sab += lab[1] * lab[2];
            sbb += lab[2] * lab[2];
            n++;
        }
        if (n < 50) {
            return null;
        }
        double ma = sa / n;
        double mb = sb / n;
        // at least a few units of spread, so that a perfectly even face does not make skin a single colour
        double caa = Math.max(4, saa / n - ma * ma);
        double cbb = Math.max(4, sbb / n - mb * mb);
        double cab = sab / n - ma * mb;
        double det = caa * cbb - cab * cab;
        if (det <= 1e-6) {
            return null;
        }
        return new FrameComposer.SkinTone(ma, mb, cbb / det, -cab / det, caa / det);
    }

    private static Scalar skin(DecodedPhoto copy, FaceFacts f) {
        double w = f.faceWidth();
        int x0 = (int) Math.round(f.faceCentreX() - 0.3 * w);
        int x1 = (int) Math.round(f.faceCentreX() + 0.3 * w);
        int y0 = (int) Math.round(f.eyeLineY() + 0.15 * w);
        int y1 = (int) Math.round(f.eyeLineY() + 0.35 * w);
        Rect r = new Rect(Math.max(0, x0), Math.max(0, y0), 0, 0);
        r.width = Math.max(1, Math.min(copy.width(), x1) - r.x);
        r.height = Math.max(1, Math.min(copy.height(), y1) - r.y);
        if (r.x >= copy.width() || r.y >= copy.height()) {
            return new Scalar(150, 170, 200);
        }
        try (MatScope m = new MatScope()) {
            return Core.mean(m.sub(copy.bgr(), r));
        }
    }

    /** Mean colour of the old background (BGR), for padding where the source ends when it is kept. */
    private static Scalar oldBackground(DecodedPhoto copy, FaceAnalysis a) {
        if (Core.countNonZero(a.backgroundMask()) > 0) {
            return Core.mean(copy.bgr(), a.backgroundMask());
        }
        return new Scalar(255, 255, 255);
    }

    /** Which sides of the frame lay beyond the source, as a note; null when none did (the bottom has its own). */
    private static FixResult.Note sidesNote(Placement p, FrameSpec frame, DecodedPhoto copy) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (p.offsetY() > 0.5) {
            zh.add("上");
            en.add("top");
        }
        if (p.offsetX() > 0.5) {
            zh.add("左");
            en.add("left");
        }
        if (p.x(copy.width()) < frame.width() - 0.5) {
            zh.add("右");
            en.add("right");
        }
        if (zh.isEmpty()) {
            return null;
        }
        return new FixResult.Note("原图" + String.join("、", zh) + "侧不够，已用背景补足（未改动人像）。",
                "The source ended at the " + String.join(", ", en) + " side(s): the frame was filled with background "
                        + "(the person is untouched).");
    }

    /** The background to put behind the person, or null to keep the old one. */
    private static BackgroundColour background(FixOptions o, Profile profile, Inspection before) {
        String choice = o.background();
        if (FixOptions.KEEP.equals(choice)) {
            return null;
        }
        if (FixOptions.AUTO.equals(choice)) {
            boolean passes = Stream.of("BG_COLOR", "BG_UNIFORM", "BG_CLOTHING_CONTRAST")
                    .allMatch(id -> before.result(id).map(RuleResult::passed).orElse(false));
            if (passes) {
                return null;
            }
            if (profile.backgrounds().isEmpty()) {
                return new BackgroundColour("white", "白色", "white", 255, 255, 255);
            }
            return farthestFromTheClothing(profile.backgrounds(), before);
        }
        o.requireAllowedBy(profile);
        return profile.background(choice).orElseThrow();
    }

    /**
     * Of the profile's colours, the one that stands out most from the clothing (a cream blouse goes on blue, a
     * navy suit on white); the profile's first where the clothing was not seen.
     */
    private static BackgroundColour farthestFromTheClothing(List<BackgroundColour> colours, Inspection before) {
        Map<String, Double> v = before.result("BG_CLOTHING_CONTRAST").map(RuleResult::values).orElse(Map.of());
        if (!v.containsKey("clothingL")) {
            return colours.get(0);
        }
        LabColour clothing = new LabColour(v.get("clothingL"), v.get("clothingA"), v.get("clothingB"));
        return colours.stream()
                .max(Comparator.comparingDouble(c -> LabColour.fromRgb(c.r(), c.g(), c.b()).deltaE(clothing)))
                .orElseThrow();
    }

    /**
     * The person's opacity for the new background: the person mask of the composed picture itself (sharper than the
     * source's, at output size) snapped to the picture's edges by a guided filter; below the chin, also what the
     * source's mask saw; the made-up clothing as it was made; background where the frame was filled; and no
     * background-coloured holes in the torso (a shirt close to the background's colour is still the shirt).
     */
    private Mat replaceBackground(FrameComposer.Composed c, BackgroundColour colour, FaceFacts face, Placement p) {
        try (MatScope m = new MatScope()) {
            Mat mask = m.add(engine.personMask(c.image()));
            Mat alpha = m.add(GuidedFilter.filter(c.image(), mask, 4, 1e-3));
            c.person().copyTo(alpha, c.madeUp());
            // below the chin, what either mask saw of the clothing is clothing: the mask of the composed frame sees
            // a zoomed-in crop and loses a white shirt against a bright background where the source's did not
            int chin = (int) Math.max(0, Math.min(alpha.rows(), Math.round(p.y(face.chinY()))));
            if (chin < alpha.rows()) {
                Rect below = new Rect(0, chin, alpha.cols(), alpha.rows() - chin);
                Mat a = m.sub(alpha, below);
                Core.max(a, m.sub(c.person(), below), a);
            }
            steadyAtTheFrameEdge(alpha);
            fillTorsoHoles(alpha, (int) Math.round(p.y(face.chinY())));
            alpha.setTo(Scalar.all(0), c.filled());
            return BackgroundReplacer.replace(c.image(), alpha, new Scalar(colour.b(), colour.g(), colour.r()));
        }
    }

    /**
     * The mask network sees less of the person in its last rows and columns (it has nothing beyond them): where the
     * person reaches the frame's edge, the outermost rows and columns keep the opacity just inside, so that no thin
     * line of background runs along the edge (it would read as a frame).
     */
    static void steadyAtTheFrameEdge(Mat alpha) {
        int h = alpha.rows();
        int w = alpha.cols();
        int k = FrameComposer.EDGE_ROWS;
        if (h <= 2 * k + 1 || w <= 2 * k + 1) {
            return;
        }
        try (MatScope m = new MatScope()) {
            Mat inside = m.add(alpha.row(h - k - 1).clone());
            for (int y = h - k; y < h; y++) {
                Mat row = m.add(alpha.row(y));
                Core.max(row, inside, row);
            }
            Mat left = m.add(alpha.col(k).clone());
            Mat right = m.add(alpha.col(w - k - 1).clone());
            for (int x = 0; x < k; x++) {
                Mat l = m.add(alpha.col(x));
                Core.max(l, left, l);
                Mat r = m.add(alpha.col(w - 1 - x));
                Core.max(r, right, r);
            }
        }
    }

    /**
     * Background enclosed by the person below the chin (not reachable from the frame's edge through background) is
     * a part of the clothing the mask missed, not background: it becomes person. Above the chin nothing changes
     * (gaps between strands of hair are real background).
     */
    static void fillTorsoHoles(Mat alpha, int chinY) {
        int y0 = Math.max(0, Math.min(alpha.rows() - 1, chinY));
        if (y0 >= alpha.rows() - 2) {
            return;
        }
        try (MatScope m = new MatScope()) {
            Rect below = new Rect(0, y0, alpha.cols(), alpha.rows() - y0);
            Mat region = m.sub(alpha, below);
            Mat background = m.mat();
            Core.compare(region, new Scalar(0.5), background, Core.CMP_LT);
            // a frame of background round the region, flooded from its corner, reaches all background open to an edge
            // (the region's top edge counts as open: the background beside the neck continues above it); what the
            // flood does not reach is enclosed
            Mat framed = m.mat();
            Core.copyMakeBorder(background, framed, 1, 1, 1, 1, Core.BORDER_CONSTANT, Scalar.all(255));
            Mat flood = m.add(Mat.zeros(framed.rows() + 2, framed.cols() + 2, CvType.CV_8U));
            Imgproc.floodFill(framed, flood, new org.opencv.core.Point(0, 0), new Scalar(128), new Rect(), new Scalar(0),
                    new Scalar(0), 4 | Imgproc.FLOODFILL_FIXED_RANGE);
            Mat holes = m.mat();
            Core.compare(m.sub(framed, new Rect(1, 1, background.cols(), background.rows())), new Scalar(255), holes,
                    Core.CMP_EQ);
            region.setTo(Scalar.all(1.0), holes);
        }
    }
}
