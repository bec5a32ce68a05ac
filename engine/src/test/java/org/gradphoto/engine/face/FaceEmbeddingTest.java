package org.gradphoto.engine.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FaceEmbeddingTest {

    private static float[] ones() {
        float[] v = new float[FaceEmbedding.DIMENSIONS];
        Arrays.fill(v, 1f);
        return v;
    }

    @Test
    void isAUnitVectorSoThatAFaceIsFullySimilarToItself() {
        FaceEmbedding e = new FaceEmbedding(ones());
        assertThat(e.similarity(e)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void survivesStorageAsBytes() {
        float[] v = ones();
        v[7] = -3.5f;
        FaceEmbedding e = new FaceEmbedding(v);
        byte[] stored = e.toBytes();
        assertThat(stored).hasSize(2048);
        assertThat(FaceEmbedding.fromBytes(stored)).isEqualTo(e);
    }

    @Test
    void refusesWhatNoNetworkMakes() {
        assertThatThrownBy(() -> new FaceEmbedding(new float[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceEmbedding(new float[FaceEmbedding.DIMENSIONS]))
                .hasMessageContaining("zeros");
        float[] nan = ones();
        nan[0] = Float.NaN;
        assertThatThrownBy(() -> new FaceEmbedding(nan)).hasMessageContaining("finite");
        assertThatThrownBy(() -> FaceEmbedding.fromBytes(new byte[10])).hasMessageContaining("2048 bytes");
    }
}
