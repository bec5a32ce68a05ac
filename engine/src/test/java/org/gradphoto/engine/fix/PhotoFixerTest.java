package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class PhotoFixerTest {

    private static FixResult fix(byte[] file, String name, FixOptions o) {
        return Engines.fixer().fix(file, name, Engines.chsi(), o);
    }

    private static byte[] shipped(String name) {
        return Faces.bytes(Faces.shipped(name));
    }

    private static List<String> failedErrors(FixResult r) {
        return r.after().results().stream().filter(RuleResult::rejects).map(RuleResult::id).toList();
    }

    @Test
    void placesTheHeadWithMarginInEveryWindow() {
        FixResult r = fix(shipped("idpass/sample_id_3.png"), "id.png", FixOptions.background("blue"));
        FaceFacts f = r.after().face();
        // the comfortable margin, and as much of the source in the frame as that allows (it reaches the bottom)
        assertThat(f.crownY()).isBetween(57.0, 103.0);
        assertThat(f.eyeLineY()).isBetween(207.0, 293.0);
        assertThat(f.faceWidth()).isBetween(187.0, 293.0);
        assertThat(Math.abs(f.faceCentreX() - 240)).isLessThan(4.0);
        assertThat(r.placement().margin()).isGreaterThanOrEqualTo(10.0 - 1e-9);
        // the placement's prediction is what the check then measures
        assertThat(f.crownY()).isCloseTo(r.placement().crownY(), within(4.0));
        assertThat(f.eyeLineY()).isCloseTo(r.placement().eyeLineY(), within(3.0));
        assertThat(f.faceWidth()).isCloseTo(r.placement().faceWidth(), within(4.0));
    }

    @Test
    void aimsForTheFaceWidthAskedFor() {
        FixResult r = fix(shipped("idpass/sample_id_3.png"), "id.png", FixOptions.background("blue").withFaceWidth(240));
        assertThat(r.after().face().faceWidth()).isCloseTo(240, within(4.0));
        assertThat(failedErrors(r)).isEmpty();
    }

    @Test
    void neverMirrorsThePerson() {
        // test2 is lit from one side: the lit side of the face must stay on the same side of the picture
        FixResult r = fix(shipped("hivision/test2.jpg"), "test2.jpg", FixOptions.background("white"));
        double before = sideDifference(Pictures.decode(shipped("hivision/test2.jpg")));
        double after = sideDifference(Pictures.decode(r.bytes()));
        assertThat(Math.abs(before)).isGreaterThan(10.0);
        assertThat(Math.signum(after)).isEqualTo(Math.signum(before));
        assertThat(after).isCloseTo(before, within(5.0));
    }

    @Test
    void theOutputIsTheSourceScaledAndMovedNotFlipped() {
        byte[] src = shipped("idpass/sample_id_3.png");
        FixResult r = fix(src, "id.png", FixOptions.background("blue"));
        Mat out = grey(Pictures.decode(r.bytes()));
        Mat mapped = new Mat();
        Mat m = new Mat(2, 3, CvType.CV_64F);
        Placement p = r.placement();
        m.put(0, 0, p.scale(), 0, p.offsetX(), 0, p.scale(), p.offsetY());
        Imgproc.warpAffine(grey(Pictures.decode(src)), mapped, m, new Size(480, 640), Imgproc.INTER_AREA);
        FaceFacts f = r.after().face();
        Rect face = new Rect((int) f.cheekRight().x, (int) f.hairlineY(), (int) f.faceWidth(), (int) (f.chinY() - f.hairlineY()));
        Mat flipped = new Mat();
        Core.flip(out.submat(face), flipped, 1);
        double same = correlation(out.submat(face), mapped.submat(face));
        double mirrored = correlation(flipped, mapped.submat(face));
        assertThat(same).isGreaterThan(0.97);
        assertThat(same - mirrored).isGreaterThan(0.02);
    }

    @Test
    void appliesExifOrientationAsTheCameraMeantIt() {
        // the portrait stored on its side with orientation 6, as phones save portrait photos
        Mat upright = Pictures.decode(shipped("idpass/sample_id_3.png"));
        Mat sideways = new Mat();
        Core.rotate(upright, sideways, Core.ROTATE_90_COUNTERCLOCKWISE);
        byte[] file = JpegEdits.withExif(Pictures.jpeg(sideways, 95, 72), JpegEdits.Exif.orientation(6));
        FixResult r = fix(file, "phone.jpg", FixOptions.background("blue"));
        assertThat(r.refusal()).isNull();
        assertThat(failedErrors(r)).isEmpty();
        assertThat(Math.abs(r.after().face().roll())).isLessThan(1.5);
        assertThat(r.after().file().orientation()).isEqualTo(1);
    }

    @Test
    void fixesATwelveMegapixelPhoto() {
        Mat big = Pictures.resize(Pictures.decode(shipped("idpass/sample_id_3.png")), 3100, 3986);
        FixResult r = fix(Pictures.jpeg(big, 90, 72), "big.jpg", FixOptions.background("white"));
        assertThat(failedErrors(r)).isEmpty();
        assertThat(r.before().file().width()).isEqualTo(3100);
    }

    @Test
    void padsWithTheOldBackgroundWhenKeepingIt() {
        FixResult r = fix(shipped("idpass/sample_id_3.png"), "id.png", FixOptions.background("keep"));
        assertThat(r.background()).isEqualTo("keep");
        Mat out = Pictures.decode(r.bytes());
        // above the head the frame is the old light-grey background, never black
        double[] top = out.get(3, 240);
        double[] corner = out.get(3, 5);
        assertThat(corner[0]).isGreaterThan(180);
        assertThat(top[0]).isGreaterThan(180);
        // the grey background still fails the colour rule: said, not hidden
        assertThat(r.after().result("BG_COLOR").orElseThrow().failed()).isTrue();
    }

    @Test
    void keepsABackgroundThatAlreadyPassesWhenLeftToChoose() {
        FixResult r = fix(Engines.compliant("idpass/sample_id_3.png"), "ok.jpg", FixOptions.auto());
        assertThat(r.background()).isEqualTo("keep");
        assertThat(failedErrors(r)).isEmpty();
    }

    @Test
    void replacesAFailingBackgroundWithTheProfilesFirstColourWhenLeftToChoose() {
        FixResult r = fix(shipped("idpass/sample_id_3.png"), "id.png", FixOptions.auto());
        assertThat(r.background()).isEqualTo("blue");
    }

    @Test
    void refusesABackgroundTheProfileDoesNotAllow() {
        assertThatThrownBy(() -> Engines.fixer().fix(shipped("idpass/sample_id_3.png"), "id.png",
                org.gradphoto.engine.profile.Profiles.get("zikao-xinjiang"), FixOptions.background("blue")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed: white");
    }

    @Test
    void leavesNoHaloOfTheOldBackgroundAroundTheHair() {
        // test1's street is dark green and grey; a few pixels outside the person, the new white must be clean
        FixResult r = fix(shipped("hivision/test1.jpg"), "street.jpg", FixOptions.background("white"));
        Mat out = Pictures.decode(r.bytes());
        Mat mask = Engines.analyzer().personMask(out);
        Mat person = new Mat();
        Core.compare(mask, new Scalar(0.5), person, Core.CMP_GE);
        Mat near = new Mat();
        Mat far = new Mat();
        Mat k3 = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(7, 7));
        Mat k8 = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(15, 15));
        Imgproc.dilate(person, near, k3);
        Imgproc.dilate(person, far, k8);
        Mat ring = new Mat();
        Core.subtract(far, near, ring);
        Scalar mean = Core.mean(out, ring);
        assertThat(Core.countNonZero(ring)).isGreaterThan(1000);
        assertThat(Math.min(mean.val[0], Math.min(mean.val[1], mean.val[2]))).isGreaterThan(235);
    }

    @Test
    void denoisesABusyNoisyPhotoJustEnoughToFitTheSizeWindowAndSaysSo() {
        Mat m = Pictures.decode(shipped("idpass/sample_id_3.png"));
        Mat noise = new Mat(m.size(), CvType.CV_16SC3);
        Core.randn(noise, 0, 40);
        Mat noisy16 = new Mat();
        m.convertTo(noisy16, CvType.CV_16SC3);
        Core.add(noisy16, noise, noisy16);
        Mat noisy = new Mat();
        noisy16.convertTo(noisy, CvType.CV_8UC3);
        // the source's own scale (face 236 px wide): no shrinking averages the noise away
        FixResult r = fix(Pictures.png(noisy), "noisy.png", FixOptions.background("keep").withFaceWidth(236));
        assertThat(r.after().result("FILE_SIZE").orElseThrow().passed()).isTrue();
        assertThat(r.encoding().quality()).isGreaterThanOrEqualTo(60);
        assertThat(r.encoding().denoise()).isGreaterThan(0.0);
        assertThat(r.notes()).anyMatch(n -> n.zh().contains("降噪") && n.en().contains("denoising"));
    }

    @Test
    void refusesTwoPeople() {
        FixResult r = fix(Faces.bytes(Faces.shared("face_recognition/two_people.jpg")), "two.jpg", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.SEVERAL_FACES);
        assertThat(r.refusal().retakeZh()).contains("单独拍摄");
        assertThat(r.notes()).extracting(FixResult.Note::zh, FixResult.Note::en)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("照片中找到 2 张脸。", "2 faces found in the photo."));
    }

    @Test
    void refusesAFacePartlyOutsideThePicture() {
        FixResult r = fix(Faces.bytes(Faces.shared("face_recognition/obama_partial_face.jpg")), "partial.jpg",
                FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.FACE_CUT);
        assertThat(r.notes().get(0).en()).matches("About \\d+ % of the face's width is outside the photo\\.");
    }

    @Test
    void refusesATinyFaceThatWouldNeedMoreThanTwiceTheSize() {
        Mat m = Pictures.decode(shipped("idpass/sample_id_3.png"));
        Mat small = Pictures.resize(m, 138, 177);
        FixResult r = fix(Pictures.png(small), "tiny.png", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.TOO_SMALL);
        assertThat(r.notes().get(0).en()).matches("It would need \\d\\.\\dx enlargement\\.");
    }

    @Test
    void refusesAPictureAFewPixelsAcrossAsTooSmallToSeeAPerson() {
        FixResult r = fix(BadFiles.tinyJpeg(shipped("idpass/sample_id_3.png"), 8, 8), "tiny.jpg", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.TINY_PICTURE);
        assertThat(r.refusal().retakeZh()).contains("原始照片");
        assertThat(r.before().result("FILE_DIMENSIONS").orElseThrow().measuredText()).isEqualTo("8 × 8 px");
    }

    @Test
    void warnsWhenItHadToEnlarge() {
        Mat m = Pictures.decode(shipped("idpass/sample_id_3.png"));
        FixResult r = fix(Pictures.png(Pictures.resize(m, 300, 386)), "small.png", FixOptions.background("blue"));
        assertThat(r.refusal()).isNull();
        assertThat(r.notes()).anyMatch(n -> n.en().contains("enlarged"));
    }

    @Test
    void refusesHairRunningIntoTheTopEdge() {
        FixResult r = fix(Faces.bytes(Faces.shared("facenet_pytorch/paul_rudd_1.jpg")), "paul.jpg", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.CROWN_CUT);
        assertThat(r.refusal().retakeEn()).contains("space above the head");
    }

    @Test
    void refusesClosedEyes() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceFacts f;
        try (FaceAnalysis a = Engines.analyzer().analyse(m)) {
            f = a.face().orElseThrow();
        }
        Pictures.closeEyes(m, f.landmarks());
        FixResult r = fix(Pictures.jpeg(m, 92, 300), "closed.jpg", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.EYES_CLOSED);
        RuleResult eyes = r.before().result("EXPR_EYES_OPEN").orElseThrow();
        assertThat(r.notes()).extracting(FixResult.Note::en)
                .containsExactly("Measured " + eyes.measuredText() + "; required " + eyes.limit() + ".");
    }

    @Test
    void refusesAHighBunThatUpsetsTheProportions() {
        FixResult r = fix(shipped("hivision/test4.jpg"), "bun.jpg", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.PROPORTIONS);
        assertThat(r.refusal().retakeZh()).contains("丸子头");
    }

    @Test
    void refusesAPictureWithoutAFace() {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FixResult r = fix(Pictures.jpeg(Pictures.resize(Pictures.crop(m, 0, 0, 480, 60), 480, 640), 90, 300), "empty.jpg",
                FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.NO_FACE);
    }

    @Test
    void refusesAnUnreadableFileWithTheReason() {
        FixResult r = fix(BadFiles.heic(), "IMG_1.HEIC", FixOptions.auto());
        assertThat(r.refusal()).isEqualTo(FixRefusal.UNREADABLE);
        assertThat(r.before().unreadable().zh()).contains("HEIC");
    }

    /** Mean grey of the face's image-left half minus its image-right half. */
    private static double sideDifference(Mat bgr) {
        FaceFacts f;
        try (FaceAnalysis a = Engines.analyzer().analyse(bgr)) {
            f = a.face().orElseThrow();
        }
        Mat g = grey(bgr);
        int y0 = (int) f.eyeLineY();
        int h = (int) (f.chinY() - f.eyeLineY());
        int cx = (int) f.faceCentreX();
        int half = (int) (f.faceWidth() * 0.35);
        double left = Core.mean(g.submat(new Rect(cx - half, y0, half, h))).val[0];
        double right = Core.mean(g.submat(new Rect(cx, y0, half, h))).val[0];
        return left - right;
    }

    private static Mat grey(Mat bgr) {
        Mat g = new Mat();
        Imgproc.cvtColor(bgr, g, Imgproc.COLOR_BGR2GRAY);
        return g;
    }

    private static double correlation(Mat a, Mat b) {
        Mat fa = new Mat();
        Mat fb = new Mat();
        a.convertTo(fa, CvType.CV_64F);
        b.convertTo(fb, CvType.CV_64F);
        MatOfDouble ma = new MatOfDouble();
        MatOfDouble sa = new MatOfDouble();
        MatOfDouble mb = new MatOfDouble();
        MatOfDouble sb = new MatOfDouble();
        Core.meanStdDev(fa, ma, sa);
        Core.meanStdDev(fb, mb, sb);
        Core.subtract(fa, new Scalar(ma.toArray()[0]), fa);
        Core.subtract(fb, new Scalar(mb.toArray()[0]), fb);
        Mat prod = new Mat();
        Core.multiply(fa, fb, prod);
        return Core.mean(prod).val[0] / (sa.toArray()[0] * sb.toArray()[0]);
    }
}
