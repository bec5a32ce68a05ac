package org.gradphoto.engine.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG's chunks, read and checked before any library sees them. Neither libpng (which prints its warnings on the
 * process's stderr, straight into a person's terminal) nor metadata-extractor (which inflates every compressed
 * text chunk whole, so a 575 KB file can fill the heap with 200 MB of "text") is handed a chunk whose length does
 * not add up, whose CRC is wrong, or whose compressed text would inflate beyond a cap.
 */
final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** What the decoder needs: the critical chunks and transparency. Text, profiles and the rest stay behind. */
    private static final Set<String> FOR_PIXELS = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");

    /** What the metadata reader needs: size, resolution and (capped) text. Pixel data stays behind. */
    private static final Set<String> FOR_METADATA = Set.of("IHDR", "pHYs", "tEXt", "zTXt", "iTXt", "eXIf", "tIME",
            "IEND");

    private PngChunks() {
    }

    static boolean isPng(byte[] bytes) {
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

    /**
     * The chunks the decoder needs, or null when the file's chunk structure is damaged (a length past the end,
     * a wrong CRC, no IHDR first, no IDAT): such a file is not for libpng.
     */
    static byte[] forPixels(byte[] png) {
        return copy(png, FOR_PIXELS, Integer.MAX_VALUE, true);
    }

    /** The pixel chunks as far as they can be read, for a decoder that tolerates damage (CRCs are not checked). */
    static byte[] forPixelsLeniently(byte[] png) {
        return copy(png, FOR_PIXELS, Integer.MAX_VALUE, false);
    }

    /**
     * The chunks the metadata reader needs; compressed text that inflates beyond {@code maxInflated} bytes is left
     * out. A damaged structure gives what could be read up to the damage (possibly only the signature).
     */
    static byte[] forMetadata(byte[] png, int maxInflated) {
        return copy(png, FOR_METADATA, maxInflated, false);
    }

    private static byte[] copy(byte[] png, Set<String> keep, int maxInflated, boolean strict) {
        if (!isPng(png)) {
            return strict ? null : png;
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(SIGNATURE.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(strict ? png.length : 4096);
        out.write(png, 0, SIGNATURE.length);
        boolean first = true;
        boolean idat = false;
        boolean end = false;
        while (b.remaining() >= 12 && !end) {
            int start = b.position();
            long length = Integer.toUnsignedLong(b.getInt());
            if (length > b.remaining() - 8) {
                return strict ? null : out.toByteArray();
            }
            String type = new String(png, start + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR") || !type.chars().allMatch(Character::isLetter)) {
                return strict ? null : out.toByteArray();
            }
            first = false;
            int chunkEnd = start + 12 + (int) length;
            if (keep.contains(type)) {
                if (strict && !crcMatches(png, start, (int) length)) {
                    return null;
                }
                if (!compressedTextFits(png, type, start + 8, (int) length, maxInflated)) {
                    b.position(chunkEnd);
                    continue;
                }
                out.write(png, start, chunkEnd - start);
            }
            idat |= type.equals("IDAT");
            end = type.equals("IEND");
            b.position(chunkEnd);
        }
        if (strict && (!idat || first)) {
            return null;
        }
        if (!end) {
            // a cut-off file: give the reader a proper end so that it stops where the data stops
            out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        }
        return out.toByteArray();
    }

    private static boolean crcMatches(byte[] png, int start, int length) {
        CRC32 crc = new CRC32();
        crc.update(png, start + 4, 4 + length);
        long stored = Integer.toUnsignedLong(ByteBuffer.wrap(png, start + 8 + length, 4).getInt());
        return crc.getValue() == stored;
    }

    /** True unless the chunk is compressed text that inflates beyond the cap (or does not inflate at all). */
    private static boolean compressedTextFits(byte[] png, String type, int data, int length, int maxInflated) {
        int compressedFrom;
        if (type.equals("zTXt")) {
            int nul = indexOf(png, data, data + length, 0);
            if (nul < 0) {
                return false;
            }
            compressedFrom = nul + 2;
        } else if (type.equals("iTXt")) {
            int nul = indexOf(png, data, data + length, 0);
            if (nul < 0 || nul + 2 >= data + length) {
                return false;
            }
            if (png[nul + 1] == 0) {
                return true;
            }
            // keyword \0 flag method language \0 translated \0 text
            int lang = indexOf(png, nul + 3, data + length, 0);
            int translated = lang < 0 ? -1 : indexOf(png, lang + 1, data + length, 0);
            if (translated < 0) {
                return false;
            }
            compressedFrom = translated + 1;
        } else {
            return true;
        }
        if (compressedFrom > data + length) {
            return false;
        }
        return inflatedSize(png, compressedFrom, data + length - compressedFrom, maxInflated) >= 0;
    }

    /** Inflated size, or -1 when it would exceed {@code cap} or the data is not a zlib stream. */
    private static long inflatedSize(byte[] src, int off, int len, int cap) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(src, off, len);
            byte[] buf = new byte[8192];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return -1;
                }
                total += n;
                if (total > cap) {
                    return -1;
                }
            }
            return total;
        } catch (DataFormatException e) {
            return -1;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] a, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (a[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
