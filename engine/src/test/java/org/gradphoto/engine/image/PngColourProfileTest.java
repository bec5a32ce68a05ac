package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

/** A PNG's colour profile is dropped before decoding (libpng would print warnings); the pixels stay the same. */
class PngColourProfileTest {

    static {
        OpenCv.load();
    }

    @Test
    void dropsTheColourProfileAndKeepsEveryPixel() {
        byte[] png = Faces.bytes(Faces.shipped("skimage/astronaut.png"));
        assertThat(contains(png, "iCCP")).isTrue();
        byte[] stripped = PngColourProfile.strip(png);
        assertThat(contains(stripped, "iCCP")).isFalse();
        assertThat(contains(stripped, "IEND")).isTrue();
        Mat a = Pictures.decode(png);
        Mat b = Pictures.decode(stripped);
        Mat diff = new Mat();
        Core.absdiff(a, b, diff);
        assertThat(Core.sumElems(diff).val).containsOnly(0.0);
    }

    @Test
    void leavesAPngWithoutAProfileAndOtherFilesAsTheyAre() {
        byte[] png = Faces.bytes(Faces.shipped("idpass/sample_id_1.png"));
        assertThat(PngColourProfile.strip(png)).isSameAs(png);
        byte[] jpeg = Faces.bytes(Faces.shipped("hivision/test3.jpg"));
        assertThat(PngColourProfile.strip(jpeg)).isSameAs(jpeg);
        assertThat(PngColourProfile.strip(new byte[0])).isEmpty();
    }

    @Test
    void leavesAPngWhoseChunksDoNotAddUpAsItIs() {
        byte[] png = Faces.bytes(Faces.shipped("skimage/astronaut.png"));
        byte[] cut = Arrays.copyOf(png, 200);
        // a chunk length running past the end: no guessing, the decoder gets the file as it came
        cut[8] = 0x7f;
        assertThat(PngColourProfile.strip(cut)).isSameAs(cut);
    }

    private static boolean contains(byte[] bytes, String chunk) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(chunk);
    }
}
