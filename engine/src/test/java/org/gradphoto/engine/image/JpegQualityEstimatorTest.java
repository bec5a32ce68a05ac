package org.gradphoto.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gradphoto.engine.fix.JpegEncoder;
import org.gradphoto.engine.fix.Subsampling;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JpegQualityEstimatorTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 49, 50, 51, 59, 60, 75, 90, 95, 100})
    void readsBackTheQualityAJpegWasWrittenAt(int quality) {
        byte[] file = JpegEncoder.encode(Pictures.decode(Engines.compliant("idpass/sample_id_3.png")), quality,
                Subsampling.S420, 300);
        assertThat(JpegQualityEstimator.estimate(JpegStructure.read(file).quantTables()).getAsDouble())
                .isEqualTo(quality);
    }

    @Test
    void fitsTablesScaledNonUniformly() {
        // a luminance table at 70 and a chrominance table at 80: between the two, never outside
        int[] luma = JpegQualityEstimator.ijgTable(false, 70);
        int[] chroma = JpegQualityEstimator.ijgTable(true, 80);
        double q = JpegQualityEstimator.estimate(Map.of(0, luma, 1, chroma)).getAsDouble();
        assertThat(q).isBetween(70.0, 80.0);
    }

    @Test
    void hasNoEstimateWithoutALuminanceTable() {
        assertThat(JpegQualityEstimator.estimate(Map.of())).isEmpty();
    }
}
