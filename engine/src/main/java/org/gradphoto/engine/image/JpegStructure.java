package org.gradphoto.engine.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a JPEG file read marker by marker (ITU T.81, JFIF, Exif): frame size, components and their
 * sampling, quantisation tables, JFIF density, the Exif block, comments, and whether the file ends properly.
 * Written by hand because ImageIO hides the quantisation tables and density details behind its metadata tree
 * and refuses files (CMYK, damaged) whose headers are still perfectly readable.
 */
public final class JpegStructure {

    /** One colour component of the frame. */
    public record Component(int id, int hSampling, int vSampling, int quantTable) {
    }

    /** The JFIF APP0 density: units 0 = aspect ratio only, 1 = dots per inch, 2 = dots per cm. */
    public record Jfif(int units, int xDensity, int yDensity) {
    }

    private int width;
    private int height;
    private int precision;
    private String coding = "baseline";
    private final List<Component> components = new ArrayList<>();
    private final Map<Integer, int[]> quantTables = new LinkedHashMap<>();
    private Jfif jfif;
    private byte[] exif;
    private String xmp;
    private boolean photoshopIrb;
    private int adobeTransform = -1;
    private final List<String> comments = new ArrayList<>();
    private boolean complete;

    private JpegStructure() {
    }

    /** Reads the header; throws {@link JpegFormatException} when the markers before the scan are broken. */
    public static JpegStructure read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            throw new JpegFormatException("no JPEG start-of-image marker");
        }
        JpegStructure s = new JpegStructure();
        int p = 2;
        int sos = -1;
        while (p < b.length) {
            if ((b[p] & 0xFF) != 0xFF) {
                throw new JpegFormatException("marker expected at byte " + p);
            }
            while (p < b.length && (b[p] & 0xFF) == 0xFF) {
                p++;
            }
            if (p >= b.length) {
                break;
            }
            int marker = b[p++] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (marker == 0xD9) {
                break;
            }
            if (p + 2 > b.length) {
                throw new JpegFormatException("file ends inside a marker");
            }
            int len = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
            if (len < 2 || p + len > b.length) {
                throw new JpegFormatException("segment 0x" + Integer.toHexString(marker) + " runs past the end of the file");
            }
            int data = p + 2;
            int dataLen = len - 2;
            s.segment(marker, b, data, dataLen);
            p += len;
            if (marker == 0xDA) {
                sos = p;
                break;
            }
        }
        if (s.width == 0 && s.height == 0 && s.components.isEmpty()) {
            throw new JpegFormatException("no frame header (SOF)");
        }
        s.complete = sos > 0 && endsWithEoi(b, sos);
        return s;
    }

    private static boolean endsWithEoi(byte[] b, int from) {
        // Inside entropy-coded data 0xFF is always stuffed, so FF D9 after the first scan can only be the end marker.
        for (int i = b.length - 2; i >= from; i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private void segment(int marker, byte[] b, int at, int len) {
        if (isSof(marker)) {
            if (len < 6) {
                throw new JpegFormatException("short frame header");
            }
            precision = b[at] & 0xFF;
            height = ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF);
            width = ((b[at + 3] & 0xFF) << 8) | (b[at + 4] & 0xFF);
            int n = b[at + 5] & 0xFF;
            if (len < 6 + 3 * n) {
                throw new JpegFormatException("short frame header");
            }
            components.clear();
            for (int i = 0; i < n; i++) {
                int c = at + 6 + 3 * i;
                components.add(new Component(b[c] & 0xFF, (b[c + 1] & 0xF0) >> 4, b[c + 1] & 0x0F, b[c + 2] & 0xFF));
            }
            coding = switch (marker) {
                case 0xC0 -> "baseline";
                case 0xC1 -> "extended";
                case 0xC2, 0xC6, 0xCA, 0xCE -> "progressive";
                case 0xC3, 0xC7, 0xCB, 0xCF -> "lossless";
                default -> "arithmetic";
            };
        } else if (marker == 0xDB) {
            int q = at;
            int end = at + len;
            while (q < end) {
                int pq = (b[q] & 0xF0) >> 4;
                int tq = b[q] & 0x0F;
                q++;
                int[] table = new int[64];
                for (int i = 0; i < 64; i++) {
                    if (q + (pq == 0 ? 1 : 2) > end) {
                        throw new JpegFormatException("short quantisation table");
                    }
                    table[i] = pq == 0 ? b[q] & 0xFF : ((b[q] & 0xFF) << 8) | (b[q + 1] & 0xFF);
                    q += pq == 0 ? 1 : 2;
                }
                quantTables.put(tq, table);
            }
        } else if (marker == 0xE0 && len >= 12 && ascii(b, at, 5).equals("JFIF\0")) {
            jfif = new Jfif(b[at + 7] & 0xFF, ((b[at + 8] & 0xFF) << 8) | (b[at + 9] & 0xFF),
                    ((b[at + 10] & 0xFF) << 8) | (b[at + 11] & 0xFF));
        } else if (marker == 0xE1 && len >= 6 && ascii(b, at, 6).equals("Exif\0\0") && exif == null) {
            exif = java.util.Arrays.copyOfRange(b, at + 6, at + len);
        } else if (marker == 0xE1 && len > 29 && ascii(b, at, 28).startsWith("http://ns.adobe.com/xap/1.0/")) {
            xmp = new String(b, at + 29, len - 29, StandardCharsets.UTF_8);
        } else if (marker == 0xED && len >= 13 && ascii(b, at, 13).startsWith("Photoshop 3.0")) {
            photoshopIrb = true;
        } else if (marker == 0xEE && len >= 12 && ascii(b, at, 5).equals("Adobe")) {
            adobeTransform = b[at + 11] & 0xFF;
        } else if (marker == 0xFE) {
            comments.add(new String(b, at, len, StandardCharsets.ISO_8859_1).trim());
        }
    }

    private static boolean isSof(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    }

    private static String ascii(byte[] b, int at, int n) {
        return new String(b, at, Math.min(n, b.length - at), StandardCharsets.ISO_8859_1);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int precision() {
        return precision;
    }

    /** baseline, extended, progressive, lossless or arithmetic. */
    public String coding() {
        return coding;
    }

    public List<Component> components() {
        return Collections.unmodifiableList(components);
    }

    /** Quantisation tables by table id, each in the file's zig-zag order. */
    public Map<Integer, int[]> quantTables() {
        return Collections.unmodifiableMap(quantTables);
    }

    public Jfif jfif() {
        return jfif;
    }

    /** The TIFF block of the Exif APP1 segment, or null. */
    public byte[] exif() {
        return exif;
    }

    /** The XMP packet of the file, or null. */
    public String xmp() {
        return xmp;
    }

    public boolean hasPhotoshopBlock() {
        return photoshopIrb;
    }

    /** Adobe APP14 colour transform (0 = none/RGB or CMYK, 1 = YCbCr, 2 = YCCK), or -1 when absent. */
    public int adobeTransform() {
        return adobeTransform;
    }

    public List<String> comments() {
        return Collections.unmodifiableList(comments);
    }

    /** True when an end-of-image marker follows the first scan: a cut-off upload lacks it. */
    public boolean complete() {
        return complete;
    }

    /** Chroma subsampling as the usual J:a:b name, e.g. 4:2:0, or "" for one-component files. */
    public String chromaSubsampling() {
        if (components.size() < 3) {
            return "";
        }
        Component y = components.get(0);
        Component cb = components.get(1);
        int h = y.hSampling() / Math.max(1, cb.hSampling());
        int v = y.vSampling() / Math.max(1, cb.vSampling());
        if (h == 1 && v == 1) {
            return "4:4:4";
        }
        if (h == 2 && v == 1) {
            return "4:2:2";
        }
        if (h == 2 && v == 2) {
            return "4:2:0";
        }
        if (h == 1 && v == 2) {
            return "4:4:0";
        }
        if (h == 4 && v == 1) {
            return "4:1:1";
        }
        return h + "x" + v;
    }
}
