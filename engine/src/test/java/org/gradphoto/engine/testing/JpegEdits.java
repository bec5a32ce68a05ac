package org.gradphoto.engine.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-level edits of real JPEG files for tests: insert an Exif block (orientation, resolution, software, capture
 * date), change the JFIF density, pad to an exact size with a comment segment, cut the file short.
 */
public final class JpegEdits {

    private JpegEdits() {
    }

    /** Exif fields to write; null fields are left out. */
    public record Exif(Integer orientation, Integer dpi, String software, String dateTimeOriginal) {

        public static Exif orientation(int o) {
            return new Exif(o, null, null, null);
        }

        public static Exif taken(String date) {
            return new Exif(null, null, null, date);
        }

        public static Exif software(String s) {
            return new Exif(null, null, s, null);
        }

        public static Exif dpi(int d) {
            return new Exif(null, d, null, null);
        }
    }

    /** Inserts an APP1 Exif segment right after SOI (and any JFIF APP0). */
    public static byte[] withExif(byte[] jpeg, Exif exif) {
        byte[] tiff = tiff(exif);
        byte[] seg = new byte[4 + 6 + tiff.length];
        seg[0] = (byte) 0xFF;
        seg[1] = (byte) 0xE1;
        int len = 2 + 6 + tiff.length;
        seg[2] = (byte) (len >> 8);
        seg[3] = (byte) len;
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, seg, 4, 6);
        System.arraycopy(tiff, 0, seg, 10, tiff.length);
        int at = afterApp0(jpeg);
        return splice(jpeg, at, seg);
    }

    /** Sets the JFIF density fields: units 0 (none), 1 (dpi) or 2 (dots per cm). */
    public static byte[] withJfifDensity(byte[] jpeg, int units, int x, int y) {
        byte[] out = jpeg.clone();
        if (!(out[6] == 'J' && out[7] == 'F' && out[8] == 'I' && out[9] == 'F')) {
            throw new IllegalArgumentException("no JFIF header");
        }
        out[13] = (byte) units;
        out[14] = (byte) (x >> 8);
        out[15] = (byte) x;
        out[16] = (byte) (y >> 8);
        out[17] = (byte) y;
        return out;
    }

    /** Pads the file with a comment segment (placed after the headers) to exactly {@code size} bytes. */
    public static byte[] paddedTo(byte[] jpeg, int size) {
        int extra = size - jpeg.length;
        if (extra < 4) {
            throw new IllegalArgumentException("cannot pad " + jpeg.length + " to " + size);
        }
        ByteArrayOutputStream segs = new ByteArrayOutputStream();
        while (extra > 0) {
            int body = Math.min(extra - 4, 65533);
            if (extra - (body + 4) > 0 && extra - (body + 4) < 4) {
                body -= 4;
            }
            segs.write(0xFF);
            segs.write(0xFE);
            segs.write((body + 2) >> 8);
            segs.write(body + 2);
            segs.writeBytes(new byte[body]);
            extra -= body + 4;
        }
        return splice(jpeg, afterApp0(jpeg), segs.toByteArray());
    }

    /** The first {@code share} of the file: an upload cut off on the way. */
    public static byte[] truncated(byte[] jpeg, double share) {
        return java.util.Arrays.copyOf(jpeg, (int) (jpeg.length * share));
    }

    private static int afterApp0(byte[] jpeg) {
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            return 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        return 2;
    }

    private static byte[] splice(byte[] jpeg, int at, byte[] insert) {
        byte[] out = new byte[jpeg.length + insert.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(jpeg, at, out, at + insert.length, jpeg.length - at);
        return out;
    }

    /** A big-endian TIFF block: IFD0 with the chosen fields and, for the capture date, an Exif IFD. */
    private static byte[] tiff(Exif e) {
        record Entry(int tag, int type, int count, byte[] data) {
        }
        List<Entry> ifd0 = new ArrayList<>();
        if (e.orientation() != null) {
            ifd0.add(new Entry(0x0112, 3, 1, shortValue(e.orientation())));
        }
        if (e.dpi() != null) {
            ifd0.add(new Entry(0x011A, 5, 1, rational(e.dpi(), 1)));
            ifd0.add(new Entry(0x011B, 5, 1, rational(e.dpi(), 1)));
            ifd0.add(new Entry(0x0128, 3, 1, shortValue(2)));
        }
        if (e.software() != null) {
            byte[] s = (e.software() + "\0").getBytes(StandardCharsets.UTF_8);
            ifd0.add(new Entry(0x0131, 2, s.length, s));
        }
        boolean sub = e.dateTimeOriginal() != null;
        int ifd0Size = 2 + 12 * (ifd0.size() + (sub ? 1 : 0)) + 4;
        // layout: header (8) | IFD0 | IFD0 data | Exif IFD | Exif data
        int dataStart = 8 + ifd0Size;
        ByteBuffer data = ByteBuffer.allocate(4096);
        ByteBuffer dir = ByteBuffer.allocate(ifd0Size);
        dir.putShort((short) (ifd0.size() + (sub ? 1 : 0)));
        List<Entry> all = new ArrayList<>(ifd0);
        for (Entry en : all) {
            dir.putShort((short) en.tag()).putShort((short) en.type()).putInt(en.count());
            if (en.data().length <= 4) {
                byte[] v = java.util.Arrays.copyOf(en.data(), 4);
                dir.put(v);
            } else {
                dir.putInt(dataStart + data.position());
                data.put(en.data());
                if (data.position() % 2 == 1) {
                    data.put((byte) 0);
                }
            }
        }
        byte[] subBlock = new byte[0];
        if (sub) {
            int subAt = dataStart + data.position();
            dir.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(subAt);
            byte[] date = (e.dateTimeOriginal() + "\0").getBytes(StandardCharsets.US_ASCII);
            ByteBuffer sb = ByteBuffer.allocate(2 + 12 + 4 + date.length);
            sb.putShort((short) 1);
            sb.putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(subAt + 2 + 12 + 4);
            sb.putInt(0);
            sb.put(date);
            subBlock = sb.array();
        }
        dir.putInt(0);
        ByteBuffer out = ByteBuffer.allocate(8 + ifd0Size + data.position() + subBlock.length);
        out.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        out.put(dir.array());
        out.put(data.array(), 0, data.position());
        out.put(subBlock);
        return out.array();
    }

    private static byte[] shortValue(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    private static byte[] rational(int num, int den) {
        return ByteBuffer.allocate(8).putInt(num).putInt(den).array();
    }
}
