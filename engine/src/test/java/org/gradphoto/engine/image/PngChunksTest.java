package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * A PNG reaches libpng with its pixel chunks only, and the metadata reader with capped text only: a colour profile
 * (libpng warns about many), a zTXt bomb and a chunk whose length runs past the end never get through.
 */
class PngChunksTest {

    static {
        OpenCv.load();
    }

    @Test
    void keepsEveryPixelAndDropsTheColourProfileForTheDecoder() {
        byte[] png = Faces.bytes(Faces.shipped("skimage/astronaut.png"));
        assertThat(contains(png, "iCCP")).isTrue();
        byte[] forPixels = PngChunks.forPixels(png);
        assertThat(contains(forPixels, "iCCP")).isFalse();
        assertThat(contains(forPixels, "IEND")).isTrue();
        Mat diff = new Mat();
        Core.absdiff(Pictures.decode(png), Pictures.decode(forPixels), diff);
        assertThat(Core.sumElems(diff).val).containsOnly(0.0);
    }

    @Test
    void refusesToHandTheDecoderAChunkWhoseLengthRunsPastTheEnd() {
        byte[] png = BadFiles.withHugeChunkLength(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        assertThat(PngChunks.forPixels(png)).isNull();
        // the metadata reader still gets the header before the damage
        byte[] meta = PngChunks.forMetadata(png, 1 << 20);
        assertThat(contains(meta, "IHDR")).isTrue();
        assertThat(meta.length).isLessThan(100);
    }

    @Test
    void refusesToHandTheDecoderAChunkWithAWrongCrc() {
        byte[] png = Faces.bytes(Faces.shipped("idpass/sample_id_3.png")).clone();
        png[8 + 8 + 12] ^= 0x01; // last byte of IHDR's data
        assertThat(PngChunks.forPixels(png)).isNull();
        assertThat(PngChunks.forPixelsLeniently(png)).isNotNull();
    }

    @Test
    void leavesCompressedTextThatInflatesBeyondTheCapOutOfTheMetadata() {
        byte[] png = Faces.bytes(Faces.shipped("idpass/sample_id_3.png"));
        byte[] bomb = BadFiles.withZtxtBomb(png, 20 << 20);
        assertThat(contains(PngChunks.forMetadata(bomb, 1 << 20), "zTXt")).isFalse();
        // a small compressed comment stays
        byte[] small = BadFiles.withZtxtBomb(png, 1000);
        assertThat(contains(PngChunks.forMetadata(small, 1 << 20), "zTXt")).isTrue();
        // and the decoder never sees either
        assertThat(contains(PngChunks.forPixels(bomb), "zTXt")).isFalse();
    }

    @Test
    void givesNoPixelsForWhatIsNotAPngOrHasNoImageData() {
        assertThat(PngChunks.forPixels(Faces.bytes(Faces.shipped("hivision/test3.jpg")))).isNull();
        assertThat(PngChunks.forPixels(new byte[0])).isNull();
        byte[] png = Faces.bytes(Faces.shipped("idpass/sample_id_3.png"));
        assertThat(PngChunks.forPixels(Arrays.copyOf(png, 33))).isNull();
    }

    private static boolean contains(byte[] bytes, String chunk) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(chunk);
    }
}
