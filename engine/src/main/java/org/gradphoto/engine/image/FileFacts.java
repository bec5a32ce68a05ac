package org.gradphoto.engine.image;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a file is, read from its bytes: the facts the FILE_* and META_* rules judge.
 * Nullable fields are absent from the file (a PNG has no JPEG quality, a scan has no capture date).
 *
 * @param width stored pixel width (before EXIF orientation)
 * @param dpi the resolution a reader would use: JFIF when it states one, else EXIF, else PNG pHYs
 * @param dpiSource where {@code dpi} came from: JFIF, EXIF, PNG or null
 * @param exifDpi the EXIF resolution when present (may disagree with JFIF)
 * @param jpegComplete false when a JPEG lacks its end-of-image marker (cut-off upload)
 * @param editingSoftware names of editing tools found in the metadata (Exif Software, XMP CreatorTool, ...)
 */
public record FileFacts(
        String fileName,
        String extension,
        long sizeBytes,
        ImageFormat format,
        Integer width,
        Integer height,
        Double dpi,
        String dpiSource,
        Double exifDpi,
        Integer components,
        Integer bitsPerComponent,
        ColourModel colourModel,
        Double jpegQuality,
        String jpegCoding,
        String chromaSubsampling,
        Boolean jpegComplete,
        int orientation,
        LocalDateTime captureDate,
        List<String> editingSoftware) {

    public FileFacts {
        editingSoftware = editingSoftware == null ? List.of() : List.copyOf(editingSoftware);
    }

    /** The same facts for a file of {@code bytes} on disk (when only its beginning was read). */
    public FileFacts withSize(long bytes) {
        return new FileFacts(fileName, extension, bytes, format, width, height, dpi, dpiSource, exifDpi, components,
                bitsPerComponent, colourModel, jpegQuality, jpegCoding, chromaSubsampling, jpegComplete, orientation,
                captureDate, editingSoftware);
    }

    public double sizeKb() {
        return sizeBytes / 1024.0;
    }

    /** True when EXIF orientation turns the stored pixels by 90 or 270 degrees for display. */
    public boolean orientationSwapsAxes() {
        return orientation >= 5 && orientation <= 8;
    }
}
