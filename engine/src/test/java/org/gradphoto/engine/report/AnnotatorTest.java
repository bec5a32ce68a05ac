package org.gradphoto.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class AnnotatorTest {

    @Test
    void drawsTheWindowsAndTheMeasuredLinesOverThePhoto() throws Exception {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        Mat original = Pictures.decode(file);
        Inspection in = Engines.check(file, "photo.jpg");
        byte[] png = Engines.engine().annotate(file, in, Engines.chsi()).orElseThrow();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(480);
        assertThat(img.getHeight()).isEqualTo(640);
        // the measured crown line is green (its rule passed) across the picture's right half
        int crownY = (int) Math.floor(in.face().crownY());
        int rgb = img.getRGB(400, crownY);
        assertThat((rgb >> 8) & 0xFF).isGreaterThan((rgb >> 16) & 0xFF);
        // inside the eye window the background is tinted green compared with the original
        double[] orig = original.get(210, 20);
        int tinted = img.getRGB(20, 210);
        assertThat((tinted >> 8) & 0xFF).isNotEqualTo((int) orig[1]);
        // outside every window and line the photo is unchanged
        double[] below = original.get(600, 5);
        int same = img.getRGB(5, 600);
        assertThat(same & 0xFF).isEqualTo((int) below[0]);
    }

    @Test
    void drawsAFailingCrownLineInRed() throws Exception {
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        byte[] low = Pictures.jpeg(Pictures.shift(m, 0, 50, Pictures.topColour(m)), 92, 300);
        Inspection in = Engines.check(low, "low.jpg");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Engines.engine().annotate(low, in, Engines.chsi()).orElseThrow()));
        int rgb = img.getRGB(400, (int) Math.floor(in.face().crownY()));
        assertThat((rgb >> 16) & 0xFF).isGreaterThan(150);
        assertThat((rgb >> 8) & 0xFF).isLessThan(100);
    }

    @Test
    void givesTheSamePictureAsAJpegForPages() throws Exception {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        Inspection in = Engines.check(file, "photo.jpg");
        BufferedImage drawn = Engines.engine().annotateImage(file, in, Engines.chsi()).orElseThrow();
        byte[] jpeg = Annotator.jpeg(drawn);
        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(back.getWidth()).isEqualTo(480);
        assertThat(back.getHeight()).isEqualTo(640);
        // quality 90: within a few levels of the drawn picture, and far smaller than the PNG
        int a = drawn.getRGB(240, 320);
        int b = back.getRGB(240, 320);
        assertThat(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))).isLessThan(12);
        assertThat(jpeg.length).isLessThan(Annotator.png(drawn).length / 2);
    }

    @Test
    void cannotAnnotateAnUnreadableFile() {
        byte[] heic = BadFiles.heic();
        Inspection in = Engines.check(heic, "x.heic");
        assertThat(Engines.engine().annotate(heic, in, Engines.chsi())).isEmpty();
    }
}
