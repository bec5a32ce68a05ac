package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

class PhotoDecoderTest {

    private static DecodedPhoto decode(byte[] file, DecodeLimits limits) {
        return new PhotoDecoder(limits).decode(file, FileFactsReader.read(file, "x.jpg"));
    }

    @Test
    void appliesExifOrientationSix() {
        byte[] file = JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"), JpegEdits.Exif.orientation(6));
        DecodedPhoto d = decode(file, DecodeLimits.DEFAULT);
        assertThat(d.width()).isEqualTo(640);
        assertThat(d.height()).isEqualTo(480);
        // orientation 6: the stored top row becomes the right column
        Mat stored = Pictures.decode(file);
        double storedTop = Core.mean(stored.row(0)).val[0];
        double shownRight = Core.mean(d.bgr().col(639)).val[0];
        assertThat(shownRight).isCloseTo(storedTop, within(3.0));
    }

    @Test
    void appliesOrientationOnTheReducedDecodingPathToo() {
        Mat big = Pictures.resize(Pictures.decode(Faces.bytes(Faces.shared("facenet_pytorch/paul_rudd_1.jpg"))), 3000, 3750);
        byte[] file = JpegEdits.withExif(Pictures.jpeg(big, 85, 300), JpegEdits.Exif.orientation(8));
        DecodedPhoto d = decode(file, DecodeLimits.DEFAULT.withWorkingLongSide(900));
        // 3000 x 3750 stored, shown 3750 x 3000, decoded at a quarter
        assertThat(d.displayWidth()).isEqualTo(3750);
        assertThat(d.displayHeight()).isEqualTo(3000);
        assertThat(d.width()).isEqualTo(938);
        assertThat(d.height()).isEqualTo(750);
        assertThat(d.scale()).isCloseTo(0.25, within(0.001));
    }

    @Test
    void decodesAWebpAndAPngNamedJpg() {
        assertThat(decode(Faces.bytes(Faces.shipped("hivision/test1.jpg")), DecodeLimits.DEFAULT).width()).isEqualTo(764);
        assertThat(decode(Faces.bytes(Faces.shipped("hivision/test2.jpg")), DecodeLimits.DEFAULT).width()).isEqualTo(640);
    }

    @Test
    void refusesAFileBeyondTheSizeLimit() {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        assertThatThrownBy(() -> decode(file, new DecodeLimits(1000, 50_000_000L, 0)))
                .isInstanceOfSatisfying(UnreadablePhotoException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePhotoException.Reason.TOO_LARGE_FILE));
    }
}
