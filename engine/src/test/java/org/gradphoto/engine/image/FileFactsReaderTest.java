package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;

class FileFactsReaderTest {

    @Test
    void readsEveryFactOfACompliantFile() {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        FileFacts f = FileFactsReader.read(file, "dir/Photo.JPG");
        assertThat(f.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(f.extension()).isEqualTo("jpg");
        assertThat(f.sizeBytes()).isEqualTo(file.length);
        assertThat(f.width()).isEqualTo(480);
        assertThat(f.height()).isEqualTo(640);
        assertThat(f.dpi()).isEqualTo(300.0);
        assertThat(f.dpiSource()).isEqualTo("JFIF");
        assertThat(f.components()).isEqualTo(3);
        assertThat(f.bitsPerComponent()).isEqualTo(8);
        assertThat(f.colourModel()).isEqualTo(ColourModel.YCBCR);
        assertThat(f.jpegQuality()).isBetween(60.0, 100.0);
        assertThat(f.jpegComplete()).isTrue();
        assertThat(f.orientation()).isEqualTo(1);
        assertThat(f.captureDate()).isNull();
    }

    @Test
    void readsExifOrientationCaptureDateAndSoftware() {
        byte[] file = JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"),
                new JpegEdits.Exif(8, 300, "Adobe Photoshop 25.0", "2026:05:01 14:03:09"));
        FileFacts f = FileFactsReader.read(file, "x.jpg");
        assertThat(f.orientation()).isEqualTo(8);
        assertThat(f.orientationSwapsAxes()).isTrue();
        assertThat(f.captureDate()).isEqualTo(LocalDateTime.of(2026, 5, 1, 14, 3, 9));
        assertThat(f.exifDpi()).isEqualTo(300.0);
        assertThat(f.editingSoftware()).containsExactly("Adobe Photoshop 25.0");
    }

    @Test
    void readsARealCameraFile() {
        FileFacts f = FileFactsReader.read(Faces.bytes(Faces.shared("hivision/test0.jpg")), "test0.jpg");
        assertThat(f.width()).isEqualTo(576);
        assertThat(f.height()).isEqualTo(768);
        assertThat(f.dpi()).isEqualTo(72.0);
        assertThat(f.orientation()).isEqualTo(1);
    }

    @Test
    void readsPngFacts() {
        FileFacts f = FileFactsReader.read(Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(f.format()).isEqualTo(ImageFormat.PNG);
        assertThat(f.width()).isEqualTo(413);
        assertThat(f.height()).isEqualTo(531);
        assertThat(f.colourModel()).isEqualTo(ColourModel.RGBA);
        assertThat(f.components()).isEqualTo(4);
        assertThat(f.jpegQuality()).isNull();
    }

    @Test
    void readsCmykComponents() {
        FileFacts f = FileFactsReader.read(BadFiles.cmykJpeg(Engines.compliant("idpass/sample_id_3.png")), "c.jpg");
        assertThat(f.components()).isEqualTo(4);
        assertThat(f.colourModel()).isIn(ColourModel.CMYK, ColourModel.YCCK);
    }

    @Test
    void givesUnknownFactsForRandomBytes() {
        byte[] junk = new byte[1000];
        new java.util.Random(3).nextBytes(junk);
        FileFacts f = FileFactsReader.read(junk, "junk.bin");
        assertThat(f.format()).isEqualTo(ImageFormat.UNKNOWN);
        assertThat(f.width()).isNull();
        assertThat(f.extension()).isEqualTo("bin");
    }
}
