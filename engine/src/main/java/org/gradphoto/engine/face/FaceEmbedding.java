package org.gradphoto.engine.face;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What a face-recognition network makes of one face: a unit vector, so that two faces of one person lie close
 * (cosine similarity near 1) and two people far apart. Stored as {@link #toBytes()} where a reference photo is
 * kept; the picture itself is not needed again.
 */
public final class FaceEmbedding {

    /** The network's output size. */
    public static final int DIMENSIONS = 512;

    private final float[] values;

    /** @throws IllegalArgumentException unless {@code values} has {@link #DIMENSIONS} finite numbers, not all 0 */
    public FaceEmbedding(float[] values) {
        if (values == null || values.length != DIMENSIONS) {
            throw new IllegalArgumentException("a face embedding has " + DIMENSIONS + " numbers");
        }
        double norm = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("a face embedding holds finite numbers only");
            }
            norm += (double) v * v;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("a face embedding cannot be all zeros");
        }
        double k = 1 / Math.sqrt(norm);
        this.values = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            this.values[i] = (float) (values[i] * k);
        }
    }

    /** Cosine similarity, -1 .. 1: about 0.8-1 for one person, under 0.5 for two (see docs/CALIBRATION.md). */
    public double similarity(FaceEmbedding other) {
        double dot = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return Math.max(-1, Math.min(1, dot));
    }

    /** 2048 bytes, big-endian floats. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(4 * DIMENSIONS);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** @throws IllegalArgumentException when {@code bytes} is not what {@link #toBytes()} wrote */
    public static FaceEmbedding fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 4 * DIMENSIONS) {
            throw new IllegalArgumentException("a stored face embedding is " + 4 * DIMENSIONS + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = b.getFloat();
        }
        return new FaceEmbedding(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceEmbedding e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
