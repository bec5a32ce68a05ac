package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradphoto.engine.fix.JpegEncoder;
import org.gradphoto.engine.fix.Subsampling;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;

class JpegStructureTest {

    private static byte[] compliant() {
        return Engines.compliant("idpass/sample_id_3.png");
    }

    @Test
    void readsFrameSizeComponentsAndSubsampling() {
        JpegStructure s = JpegStructure.read(JpegEncoder.encode(Pictures.decode(compliant()), 80, Subsampling.S444, 300));
        assertThat(s.width()).isEqualTo(480);
        assertThat(s.height()).isEqualTo(640);
        assertThat(s.precision()).isEqualTo(8);
        assertThat(s.components()).hasSize(3);
        assertThat(s.chromaSubsampling()).isEqualTo("4:4:4");
        assertThat(s.coding()).isEqualTo("baseline");
        assertThat(s.jfif().units()).isEqualTo(1);
        assertThat(s.jfif().xDensity()).isEqualTo(300);
        assertThat(s.complete()).isTrue();
    }

    @Test
    void readsAProgressiveCameraFile() {
        JpegStructure s = JpegStructure.read(Faces.bytes(Faces.shared("dlib/Tom_Cruise_avp_2014_4.jpg")));
        assertThat(s.coding()).isEqualTo("progressive");
        assertThat(s.width()).isEqualTo(565);
        assertThat(s.height()).isEqualTo(800);
    }

    @Test
    void noticesAFileCutShort() {
        assertThat(JpegStructure.read(JpegEdits.truncated(compliant(), 0.7)).complete()).isFalse();
    }

    @Test
    void refusesAHeaderThatRunsPastTheEnd() {
        assertThatThrownBy(() -> JpegStructure.read(JpegEdits.truncated(compliant(), 0.002)))
                .isInstanceOf(JpegFormatException.class);
    }

    @Test
    void findsThePhotoshopBlockAndComments() {
        JpegStructure s = JpegStructure.read(Faces.bytes(Faces.shared("3ddfa_v2/trump_hillary.jpg")));
        assertThat(s.hasPhotoshopBlock()).isTrue();
        JpegStructure lead = JpegStructure.read(Faces.bytes(Faces.shared("dlib/2008_002506.jpg")));
        assertThat(lead.comments()).contains("LEAD Technologies Inc. V1.01");
    }
}
