package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradphoto.engine.image.JpegStructure;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class SizeWindowEncoderTest {

    @org.junit.jupiter.api.BeforeAll
    static void openCv() {
        org.gradphoto.engine.image.OpenCv.load();
    }

    private static final SizeWindowEncoder ENCODER = new SizeWindowEncoder(60, 20 * 1024, 40 * 1024, 300);

    private static Mat portrait() {
        return Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
    }

    @Test
    void picksTheHighestQualityThatFits() {
        EncodedPhoto e = ENCODER.encode(portrait());
        assertThat(e.inWindow()).isTrue();
        assertThat(e.bytes().length).isBetween(20 * 1024, 40 * 1024);
        assertThat(e.denoise()).isZero();
        // one step higher would not fit
        if (e.quality() < 100) {
            assertThat(JpegEncoder.encode(portrait(), e.quality() + 1, e.subsampling(), 300).length).isGreaterThan(40 * 1024);
        }
        JpegStructure s = JpegStructure.read(e.bytes());
        assertThat(s.jfif().xDensity()).isEqualTo(300);
        assertThat(s.chromaSubsampling()).isEqualTo(e.subsampling().label());
    }

    @Test
    void raisesTheQualityOfAFlatPictureRatherThanGoBelowTheWindow() {
        Mat flat = Pictures.blur(portrait(), 3);
        EncodedPhoto e = ENCODER.encode(flat);
        assertThat(e.inWindow()).isTrue();
        assertThat(e.bytes().length).isGreaterThanOrEqualTo(20 * 1024);
        assertThat(e.quality()).isGreaterThan(ENCODER.encode(portrait()).quality());
    }

    @Test
    void saysSoWhenEvenQualityHundredStaysBelowTheWindowAndAddsNoJunk() {
        Mat plain = new Mat(640, 480, CvType.CV_8UC3, new Scalar(250, 200, 100));
        EncodedPhoto e = ENCODER.encode(plain);
        assertThat(e.inWindow()).isFalse();
        assertThat(e.quality()).isEqualTo(100);
        assertThat(e.bytes().length).isLessThan(20 * 1024);
        assertThat(e.bytes()).isEqualTo(JpegEncoder.encode(plain, 100, e.subsampling(), 300));
        assertThat(JpegStructure.read(e.bytes()).comments()).isEmpty();
    }

    @Test
    void neverGoesBelowTheMinimumQuality() {
        Mat noisy = new Mat(640, 480, CvType.CV_8UC3);
        org.opencv.core.Core.randu(noisy, 0, 255);
        EncodedPhoto e = ENCODER.encode(noisy);
        assertThat(e.quality()).isGreaterThanOrEqualTo(60);
        assertThat(e.denoise()).isGreaterThan(0.0);
    }
}
