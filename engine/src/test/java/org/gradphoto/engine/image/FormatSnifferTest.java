package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    @Test
    void tellsFormatsByTheirBytesNotTheirNames() {
        assertThat(FormatSniffer.sniff(Engines.compliant("idpass/sample_id_3.png"))).isEqualTo(ImageFormat.JPEG);
        assertThat(FormatSniffer.sniff(Faces.bytes(Faces.shipped("hivision/test2.jpg")))).isEqualTo(ImageFormat.PNG);
        assertThat(FormatSniffer.sniff(Faces.bytes(Faces.shipped("hivision/test1.jpg")))).isEqualTo(ImageFormat.WEBP);
        assertThat(FormatSniffer.sniff(BadFiles.heic())).isEqualTo(ImageFormat.HEIC);
        assertThat(FormatSniffer.sniff(BadFiles.gif(Engines.compliant("idpass/sample_id_3.png")))).isEqualTo(ImageFormat.GIF);
        assertThat(FormatSniffer.sniff("%PDF-1.7".getBytes())).isEqualTo(ImageFormat.PDF);
        assertThat(FormatSniffer.sniff(new byte[0])).isEqualTo(ImageFormat.UNKNOWN);
        assertThat(FormatSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(ImageFormat.UNKNOWN);
    }
}
