package org.gradphoto.portal.graduation.gradform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The registration form as a printable A4 PDF: an XHTML template filled by Thymeleaf, laid out by openhtmltopdf,
 * with a CJK TrueType font from the system embedded (so the Chinese prints anywhere). The font comes from
 * Debian's fonts-droid-fallback by default; another file can be named with gradphoto.pdf.font.
 */
@Component
class GraduateFormPdf {

    /** Fonts tried in order when none is configured: TrueType outlines with CJK coverage (PDFBox embeds those). */
    static final List<Path> DEFAULT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    /** Latin letters and digits look better in a Latin font (the CJK font's are sparse); used when present. */
    static final Path LATIN_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final TemplateEngine templates;
    private final String configuredFont;

    public GraduateFormPdf(TemplateEngine templates, @Value("${gradphoto.pdf.font:}") String configuredFont) {
        this.templates = templates;
        this.configuredFont = configuredFont;
    }

    /** The font file to embed, or a FontMissingException saying what to install. */
    Path font() {
        List<Path> candidates = configuredFont.isBlank() ? DEFAULT_FONTS : List.of(Path.of(configuredFont));
        return candidates.stream().filter(p -> p.toString().endsWith(".ttf") && Files.isReadable(p)).findFirst()
                .orElseThrow(() -> new FontMissingException(Arrays.toString(candidates.toArray())));
    }

    public byte[] render(GraduationApplication application, GraduateForm form, byte[] photoJpeg) {
        Path font = font();
        Context ctx = new Context();
        ctx.setVariable("app", application);
        ctx.setVariable("form", form);
        ctx.setVariable("photo", photoJpeg == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photoJpeg));
        String xhtml = templates.process("pdf/graduate-form", ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(font.toFile(), "CJK");
            if (Files.isReadable(LATIN_FONT)) {
                b.useFont(LATIN_FONT.toFile(), "Latin");
            }
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new IllegalStateException("cannot lay out the registration form", e);
        }
        return out.toByteArray();
    }

    /** No CJK TrueType font on this server. */
    public static class FontMissingException extends RuntimeException {
        public FontMissingException(String tried) {
            super("no CJK TrueType font found (tried " + tried + "); install Debian's fonts-droid-fallback or set gradphoto.pdf.font");
        }
    }
}
