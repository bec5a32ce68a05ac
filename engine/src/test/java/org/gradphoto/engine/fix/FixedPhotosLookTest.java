package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * What a person sees in a fixed photo, measured: on every photo of ../shared/faces (and its labelled set) that the
 * fixer fixes, on white and on light blue, the torso reaches the bottom edge (no band of background under the
 * bust), there is no hole of background colour inside the clothing (on blue), and the fix creates no failure of a rule about
 * the person (shoulders, pose, eyes, mouth, sharpness, lighting) that the source did not have.
 */
class FixedPhotosLookTest {

    /** Rows at the bottom edge that may be (nearly) background. */
    static final int MAX_BACKGROUND_ROWS = 4;
    /** A row is background when fewer than this share of its pixels differ from the background colour. */
    static final double ROW_PERSON_SHARE = 0.02;
    /** A pixel differs from the background when more than this (CIE76) away from it. */
    static final double DIFFERS = 12;
    /** The largest hole of background colour inside the clothing, in pixels. */
    static final int MAX_HOLE = 30;
    /** Rules about the person the fix must not make fail where the source passed. */
    static final Set<String> PERSON = Set.of("GEOM_SHOULDERS", "GEOM_EYES_LEVEL", "POSE_FRONTAL", "EXPR_EYES_OPEN",
            "EXPR_MOUTH_CLOSED", "IMG_SHARPNESS", "IMG_COLOR", "IMG_EXPOSURE", "IMG_RED_EYE", "ACC_GLASSES", "ACC_HEADWEAR",
            "FACE_FOUND");

    @Test
    void everyFixedPhotoIsAWholeTorsoOnAnEvenBackgroundAndLosesNothingTheSourceHad() throws IOException {
        Path root = Faces.sharedRoot();
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "../shared/faces is absent: skipping");
        List<Path> photos;
        try (Stream<Path> s = Files.walk(root)) {
            photos = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(jpg|png)$"))
                    .filter(p -> !p.toString().contains("/expected/")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int fixed = 0;
        for (Path p : photos) {
            byte[] bytes = Faces.bytes(p);
            for (String bg : new String[] {"white", "blue"}) {
                FixResult r = Engines.fixer().fix(bytes, p.getFileName().toString(), Engines.chsi(), FixOptions.background(bg));
                if (!r.fixed()) {
                    continue;
                }
                fixed++;
                String what = root.relativize(p) + " on " + bg;
                Mat out = Pictures.decode(r.bytes());
                Scalar colour = Engines.chsi().background(bg).map(c -> new Scalar(c.b(), c.g(), c.r())).orElseThrow();
                int rows = backgroundRowsAtTheBottom(out, colour);
                if (rows > MAX_BACKGROUND_ROWS) {
                    problems.add(what + ": " + rows + " rows of background under the torso");
                }
                // holes are measured on light blue: on white a white shirt cannot be told from the background by
                // colour (that is BG_CLOTHING_CONTRAST's business), on blue a hole shows
                int hole = bg.equals("blue") ? largestHoleInTheClothing(out, colour, r.after()) : 0;
                if (hole > MAX_HOLE) {
                    problems.add(what + ": a hole of " + hole + " background pixels in the clothing");
                }
                for (String id : PERSON) {
                    boolean before = r.before().result(id).map(RuleResult::passed).orElse(false);
                    boolean after = r.after().result(id).map(RuleResult::failed).orElse(false);
                    if (before && after) {
                        problems.add(what + ": the fix made " + id + " fail ("
                                + r.after().result(id).get().measuredText() + ")");
                    }
                }
                out.release();
            }
        }
        assertThat(fixed).as("fixed photos").isGreaterThanOrEqualTo(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void measuresABustFloatingAboveABandOfBackground() {
        // the measure itself: a fixed photo with its last 60 rows painted background has 60 such rows
        FixResult r = Engines.fixer().fix(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")), "id.png", Engines.chsi(),
                FixOptions.background("white"));
        Mat out = Pictures.decode(r.bytes());
        assertThat(backgroundRowsAtTheBottom(out, new Scalar(255, 255, 255))).isLessThanOrEqualTo(MAX_BACKGROUND_ROWS);
        Mat band = out.submat(new Rect(0, 580, 480, 60));
        band.setTo(new Scalar(255, 255, 255));
        assertThat(backgroundRowsAtTheBottom(out, new Scalar(255, 255, 255))).isEqualTo(60);
        // and a hole: a white disc in the middle of the shirt
        Imgproc.circle(out, new org.opencv.core.Point(240, 560), 8, new Scalar(255, 255, 255), -1);
        assertThat(largestHoleInTheClothing(out, new Scalar(255, 255, 255), r.after())).isGreaterThan(MAX_HOLE);
    }

    @Test
    void theShoulderFallsAwayBesideANarrowSourceInsteadOfEndingInASquareCorner() {
        // sample_id_1 is 413 px wide and lands 31 px short of each side of the frame: beside it the shoulder must go
        // on falling as it does inside (it met the source's edge about 50 rows above the source's bottom); it used
        // to end level, a square corner with the shirt filling the frame's width below
        FixResult r = Engines.fixer().fix(Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png", Engines.chsi(),
                FixOptions.background("blue"));
        Mat out = Pictures.decode(r.bytes());
        Scalar blue = Engines.chsi().background("blue").map(c -> new Scalar(c.b(), c.g(), c.r())).orElseThrow();
        int chin = (int) Math.round(r.after().mainFace().orElseThrow().chinY());
        for (int[] columns : new int[][] {{1, 45}, {478, 434}}) {
            int atFrameEdge = topOfClothing(out, blue, columns[0], chin);
            int inside = topOfClothing(out, blue, columns[1], chin);
            assertThat(atFrameEdge - inside).as("shoulder at column " + columns[0] + " below column " + columns[1])
                    .isGreaterThanOrEqualTo(10);
        }
        // and no streak where the source ends: the made-up neck goes on from the rows above it
        assertThat(backgroundRowsAtTheBottom(out, blue)).isZero();
    }

    /** The first row below the chin where column {@code x} differs from the background. */
    static int topOfClothing(Mat bgr, Scalar colour, int x, int chin) {
        Mat differs = differsFrom(bgr, colour);
        try {
            for (int y = chin; y < bgr.rows(); y++) {
                if (differs.get(y, x)[0] > 0) {
                    return y;
                }
            }
            return bgr.rows();
        } finally {
            differs.release();
        }
    }

    /** Consecutive rows from the bottom edge where hardly a pixel differs from the background colour. */
    static int backgroundRowsAtTheBottom(Mat bgr, Scalar colour) {
        Mat differs = differsFrom(bgr, colour);
        int rows = 0;
        for (int y = bgr.rows() - 1; y >= 0; y--) {
            Mat row = differs.row(y);
            double share = Core.countNonZero(row) / (double) bgr.cols();
            row.release();
            if (share >= ROW_PERSON_SHARE) {
                break;
            }
            rows++;
        }
        differs.release();
        return rows;
    }

    /**
     * The largest region of background colour below the chin that does not reach the frame's edge or the rows
     * above the chin: background showing through the clothing.
     */
    static int largestHoleInTheClothing(Mat bgr, Scalar colour, Inspection after) {
        FaceFacts f = after.mainFace().orElse(null);
        int chin = f == null ? bgr.rows() / 2 : (int) Math.round(f.chinY());
        if (chin >= bgr.rows() - 2) {
            return 0;
        }
        Mat differs = differsFrom(bgr, colour);
        Mat background = new Mat();
        Core.bitwise_not(differs, background);
        Mat below = background.submat(new Rect(0, chin, bgr.cols(), bgr.rows() - chin));
        Mat framed = new Mat();
        Core.copyMakeBorder(below, framed, 1, 1, 1, 1, Core.BORDER_CONSTANT, Scalar.all(255));
        Mat flood = Mat.zeros(framed.rows() + 2, framed.cols() + 2, CvType.CV_8U);
        Imgproc.floodFill(framed, flood, new org.opencv.core.Point(0, 0), new Scalar(128), new Rect(), new Scalar(0),
                new Scalar(0), 4 | Imgproc.FLOODFILL_FIXED_RANGE);
        Mat holes = new Mat();
        Core.compare(framed, new Scalar(255), holes, Core.CMP_EQ);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(holes, labels, stats, centroids, 4);
        int largest = 0;
        for (int i = 1; i < n; i++) {
            largest = Math.max(largest, (int) stats.get(i, Imgproc.CC_STAT_AREA)[0]);
        }
        for (Mat m : new Mat[] {differs, background, below, framed, flood, holes, labels, stats, centroids}) {
            m.release();
        }
        return largest;
    }

    /** 255 where a pixel is more than {@link #DIFFERS} from the colour (in Lab), else 0. */
    static Mat differsFrom(Mat bgr, Scalar colour) {
        Mat lab = new Mat();
        Mat f = new Mat();
        bgr.convertTo(f, CvType.CV_32FC3, 1 / 255.0);
        Imgproc.cvtColor(f, lab, Imgproc.COLOR_BGR2Lab);
        Mat c = new Mat(1, 1, CvType.CV_32FC3, new Scalar(colour.val[0] / 255, colour.val[1] / 255, colour.val[2] / 255));
        Mat cl = new Mat();
        Imgproc.cvtColor(c, cl, Imgproc.COLOR_BGR2Lab);
        double[] ref = cl.get(0, 0);
        Mat diff = new Mat();
        Core.subtract(lab, new Scalar(ref[0], ref[1], ref[2]), diff);
        Core.multiply(diff, diff, diff);
        Mat sum = new Mat();
        Core.transform(diff, sum, new Mat(1, 3, CvType.CV_32F, Scalar.all(1)) {
            {
                put(0, 0, 1, 1, 1);
            }
        });
        Mat out = new Mat();
        Core.compare(sum, new Scalar(DIFFERS * DIFFERS), out, Core.CMP_GT);
        for (Mat m : new Mat[] {lab, f, c, cl, diff, sum}) {
            m.release();
        }
        return out;
    }
}
