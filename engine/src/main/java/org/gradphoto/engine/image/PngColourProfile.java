package org.gradphoto.engine.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Drops a PNG's embedded colour profile (iCCP chunk) before OpenCV decodes it. The checks read pixel values as
 * sRGB anyway, and libpng prints "iCCP: known incorrect sRGB profile" on the process's stderr for many camera and
 * editor profiles, straight into a person's terminal, where Java cannot silence it.
 */
final class PngColourProfile {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngColourProfile() {
    }

    /** The same PNG without iCCP chunks; anything else (or a PNG whose chunks do not add up) comes back as it was. */
    static byte[] strip(byte[] png) {
        if (!isPng(png)) {
            return png;
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(SIGNATURE.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        boolean dropped = false;
        while (b.remaining() >= 12) {
            int start = b.position();
            long length = Integer.toUnsignedLong(b.getInt());
            if (length > b.remaining() - 8) {
                return png;
            }
            boolean iccp = b.get(start + 4) == 'i' && b.get(start + 5) == 'C' && b.get(start + 6) == 'C'
                    && b.get(start + 7) == 'P';
            int end = start + 12 + (int) length;
            if (iccp) {
                dropped = true;
            } else {
                out.write(png, start, end - start);
            }
            b.position(end);
        }
        if (!dropped) {
            return png;
        }
        out.write(png, b.position(), b.remaining());
        return out.toByteArray();
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
