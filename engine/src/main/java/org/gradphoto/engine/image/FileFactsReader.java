package org.gradphoto.engine.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link FileFacts} from a file's bytes without decoding its pixels. JPEG headers are read by
 * {@link JpegStructure}; Exif, PNG, GIF, BMP, WebP and HEIF metadata by metadata-extractor.
 */
public final class FileFactsReader {

    /** Names of editing and beauty tools as they appear in Exif Software, XMP CreatorTool or comments. */
    private static final Pattern EDITORS = Pattern.compile(
            "photoshop|lightroom|gimp|paint\\.net|snapseed|picsart|facetune|meitu|美图|beautycam|美颜|"
                    + "xingtu|醒图|faceu|b612|camera360|pitu|天天p图|美妆|retouch|airbrush|perfect365|pixlr|"
                    + "fotor|canva|affinity photo|capture one|acdsee|photoscape|inpixio|remini|ai ?enhance",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREATOR_TOOL = Pattern.compile("CreatorTool(?:>|=\")([^<\"]{1,200})");

    private FileFactsReader() {
    }

    public static FileFacts read(byte[] bytes, String fileName) {
        ImageFormat format = FormatSniffer.sniff(bytes);
        String ext = extension(fileName);
        if (format == ImageFormat.JPEG) {
            try {
                return jpeg(bytes, fileName, ext);
            } catch (JpegFormatException e) {
                return unreadable(bytes, fileName, ext, format);
            }
        }
        return other(bytes, fileName, ext, format);
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static FileFacts unreadable(byte[] bytes, String name, String ext, ImageFormat format) {
        return new FileFacts(name, ext, bytes.length, format, null, null, null, null, null, null, null,
                ColourModel.UNKNOWN, null, null, null, format == ImageFormat.JPEG ? Boolean.FALSE : null, 1, null,
                List.of());
    }

    private static FileFacts jpeg(byte[] bytes, String name, String ext) {
        JpegStructure j = JpegStructure.read(bytes);
        Metadata exifMeta = new Metadata();
        if (j.exif() != null) {
            try {
                new ExifReader().extract(new ByteArrayReader(j.exif()), exifMeta);
            } catch (RuntimeException ignored) {
                // a damaged Exif block leaves its facts unknown; the pixels may still be fine
            }
        }
        Double jfifDpi = null;
        if (j.jfif() != null && j.jfif().units() == 1) {
            jfifDpi = (double) j.jfif().xDensity();
        } else if (j.jfif() != null && j.jfif().units() == 2) {
            jfifDpi = Math.round(j.jfif().xDensity() * 2.54 * 10) / 10.0;
        }
        Double exifDpi = exifDpi(exifMeta);
        Double dpi = jfifDpi != null ? jfifDpi : exifDpi;
        String dpiSource = jfifDpi != null ? "JFIF" : exifDpi != null ? "EXIF" : null;

        int n = j.components().size();
        ColourModel model = switch (n) {
            case 1 -> ColourModel.GREY;
            case 3 -> j.adobeTransform() == 0 || isRgbIds(j) ? ColourModel.RGB : ColourModel.YCBCR;
            case 4 -> j.adobeTransform() == 2 ? ColourModel.YCCK : ColourModel.CMYK;
            default -> ColourModel.UNKNOWN;
        };
        java.util.OptionalDouble q = JpegQualityEstimator.estimate(j.quantTables());
        Double quality = q.isPresent() ? q.getAsDouble() : null;

        Set<String> editors = new LinkedHashSet<>();
        ExifIFD0Directory ifd0 = exifMeta.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            addEditor(editors, ifd0.getString(ExifIFD0Directory.TAG_SOFTWARE));
            addEditor(editors, ifd0.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
        }
        if (j.xmp() != null) {
            Matcher m = CREATOR_TOOL.matcher(j.xmp());
            while (m.find()) {
                addEditor(editors, m.group(1));
            }
            if (j.xmp().contains("photoshop:") || j.xmp().contains("crs:")) {
                editors.add("Adobe XMP edit history");
            }
        }
        if (j.hasPhotoshopBlock()) {
            editors.add("Photoshop (APP13)");
        }
        j.comments().forEach(c -> addEditor(editors, c));

        return new FileFacts(name, ext, bytes.length, ImageFormat.JPEG, j.width(), j.height(), dpi, dpiSource,
                exifDpi, n, j.precision(), model, quality, j.coding(), j.chromaSubsampling(), j.complete(),
                orientation(exifMeta), captureDate(exifMeta), new ArrayList<>(editors));
    }

    private static boolean isRgbIds(JpegStructure j) {
        // Component ids 'R','G','B' mark an RGB JPEG without an Adobe marker.
        return j.components().get(0).id() == 'R' && j.components().get(1).id() == 'G'
                && j.components().get(2).id() == 'B';
    }

    private static void addEditor(Set<String> editors, String text) {
        if (text == null) {
            return;
        }
        Matcher m = EDITORS.matcher(text);
        if (m.find()) {
            editors.add(text.length() > 60 ? text.substring(0, 60) : text.trim());
        }
    }

    private static Double exifDpi(Metadata meta) {
        ExifIFD0Directory d = meta.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (d == null || !d.containsTag(ExifIFD0Directory.TAG_X_RESOLUTION)) {
            return null;
        }
        Rational r = d.getRational(ExifIFD0Directory.TAG_X_RESOLUTION);
        if (r == null || r.getDenominator() == 0) {
            return null;
        }
        Integer unit = d.getInteger(ExifIFD0Directory.TAG_RESOLUTION_UNIT);
        double v = r.doubleValue();
        if (unit != null && unit == 3) {
            v *= 2.54;
        } else if (unit != null && unit == 1) {
            return null;
        }
        return Math.round(v * 10) / 10.0;
    }

    private static int orientation(Metadata meta) {
        ExifIFD0Directory d = meta.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer o = d == null ? null : d.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return o != null && o >= 1 && o <= 8 ? o : 1;
    }

    private static LocalDateTime captureDate(Metadata meta) {
        ExifSubIFDDirectory sub = meta.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Date d = null;
        if (sub != null) {
            d = sub.getDate(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL, java.util.TimeZone.getTimeZone("UTC"));
            if (d == null) {
                d = sub.getDate(ExifSubIFDDirectory.TAG_DATETIME_DIGITIZED, java.util.TimeZone.getTimeZone("UTC"));
            }
        }
        if (d == null) {
            ExifIFD0Directory ifd0 = meta.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null) {
                d = ifd0.getDate(ExifIFD0Directory.TAG_DATETIME, java.util.TimeZone.getTimeZone("UTC"));
            }
        }
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private static FileFacts other(byte[] bytes, String name, String ext, ImageFormat format) {
        if (format == ImageFormat.UNKNOWN || format == ImageFormat.PDF) {
            return unreadable(bytes, name, ext, format);
        }
        Metadata meta;
        try {
            // a PNG's chunks are checked first: compressed text is read only up to a cap (a 575 KB zTXt can hold 200 MB)
            byte[] readable = format == ImageFormat.PNG
                    ? PngChunks.forMetadata(bytes, DecodeLimits.DEFAULT.maxMetadataBytes()) : bytes;
            meta = ImageMetadataReader.readMetadata(new ByteArrayInputStream(readable), readable.length);
        } catch (Exception | StackOverflowError e) {
            return unreadable(bytes, name, ext, format);
        }
        Integer w = null;
        Integer h = null;
        Integer bits = null;
        Integer comps = null;
        Double dpi = null;
        ColourModel model = ColourModel.UNKNOWN;
        for (Directory d : meta.getDirectories()) {
            if (d instanceof PngDirectory png && png.containsTag(PngDirectory.TAG_IMAGE_WIDTH)) {
                w = png.getInteger(PngDirectory.TAG_IMAGE_WIDTH);
                h = png.getInteger(PngDirectory.TAG_IMAGE_HEIGHT);
                bits = png.getInteger(PngDirectory.TAG_BITS_PER_SAMPLE);
                Integer type = png.getInteger(PngDirectory.TAG_COLOR_TYPE);
                if (type != null) {
                    model = switch (type) {
                        case 0 -> ColourModel.GREY;
                        case 2 -> ColourModel.RGB;
                        case 3 -> ColourModel.INDEXED;
                        case 4 -> ColourModel.GREY_ALPHA;
                        case 6 -> ColourModel.RGBA;
                        default -> ColourModel.UNKNOWN;
                    };
                    comps = switch (type) {
                        case 0, 3 -> 1;
                        case 2 -> 3;
                        case 4 -> 2;
                        case 6 -> 4;
                        default -> null;
                    };
                }
            } else if (d instanceof PngDirectory png && png.containsTag(PngDirectory.TAG_PIXELS_PER_UNIT_X)) {
                Integer unit = png.getInteger(PngDirectory.TAG_UNIT_SPECIFIER);
                Integer ppu = png.getInteger(PngDirectory.TAG_PIXELS_PER_UNIT_X);
                if (unit != null && unit == 1 && ppu != null) {
                    dpi = Math.round(ppu * 0.0254 * 10) / 10.0;
                }
            } else if (d instanceof GifHeaderDirectory g) {
                w = g.getInteger(GifHeaderDirectory.TAG_IMAGE_WIDTH);
                h = g.getInteger(GifHeaderDirectory.TAG_IMAGE_HEIGHT);
                model = ColourModel.INDEXED;
                comps = 1;
                bits = 8;
            } else if (d instanceof BmpHeaderDirectory bmp && bmp.containsTag(BmpHeaderDirectory.TAG_IMAGE_WIDTH)) {
                w = bmp.getInteger(BmpHeaderDirectory.TAG_IMAGE_WIDTH);
                h = bmp.getInteger(BmpHeaderDirectory.TAG_IMAGE_HEIGHT);
                h = h == null ? null : Math.abs(h);
                Integer bpp = bmp.getInteger(BmpHeaderDirectory.TAG_BITS_PER_PIXEL);
                model = bpp != null && bpp <= 8 ? ColourModel.INDEXED : ColourModel.RGB;
            } else if (d instanceof WebpDirectory webp && webp.containsTag(WebpDirectory.TAG_IMAGE_WIDTH)) {
                w = webp.getInteger(WebpDirectory.TAG_IMAGE_WIDTH);
                h = webp.getInteger(WebpDirectory.TAG_IMAGE_HEIGHT);
            } else if (d instanceof HeifDirectory heif && heif.containsTag(HeifDirectory.TAG_IMAGE_WIDTH)) {
                w = heif.getInteger(HeifDirectory.TAG_IMAGE_WIDTH);
                h = heif.getInteger(HeifDirectory.TAG_IMAGE_HEIGHT);
            }
        }
        return new FileFacts(name, ext, bytes.length, format, w, h, dpi, dpi == null ? null : format.label(), null,
                comps, bits, model, null, null, null, null, orientation(meta), captureDate(meta), List.of());
    }
}
