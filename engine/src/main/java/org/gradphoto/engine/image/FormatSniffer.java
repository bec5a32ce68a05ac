package org.gradphoto.engine.image;

/** Tells a file's format from its first bytes (magic numbers), never from its name. */
public final class FormatSniffer {

    private FormatSniffer() {
    }

    public static ImageFormat sniff(byte[] b) {
        if (b.length >= 3 && u(b, 0) == 0xFF && u(b, 1) == 0xD8 && u(b, 2) == 0xFF) {
            return ImageFormat.JPEG;
        }
        if (startsWith(b, 0, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return ImageFormat.PNG;
        }
        if (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) {
            return ImageFormat.GIF;
        }
        if (startsWith(b, 0, "BM") && b.length >= 26) {
            return ImageFormat.BMP;
        }
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) {
            return ImageFormat.WEBP;
        }
        if (startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*")) {
            return ImageFormat.TIFF;
        }
        if (startsWith(b, 0, "%PDF")) {
            return ImageFormat.PDF;
        }
        if (startsWith(b, 4, "ftyp") && b.length >= 12) {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.startsWith("avi")) {
                return ImageFormat.AVIF;
            }
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.startsWith("mif") || brand.startsWith("msf")) {
                return ImageFormat.HEIC;
            }
        }
        return ImageFormat.UNKNOWN;
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        int[] v = s.chars().toArray();
        return startsWith(b, at, v);
    }

    private static boolean startsWith(byte[] b, int at, int[] v) {
        if (b.length < at + v.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (u(b, at + i) != v[i]) {
                return false;
            }
        }
        return true;
    }
}
