package org.gradphoto.portal.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An XHTML template of {@code templates/pdf/} filled by Thymeleaf and laid out by openhtmltopdf as PDF, with a CJK
 * TrueType font from the system embedded (so the Chinese prints anywhere). The font comes from Debian's
 * fonts-droid-fallback by default; another file can be named with gradphoto.pdf.font. Templates name the fonts
 * "Latin" and "CJK".
 */
@Component
public class PdfPages {

    /** Fonts tried in order when none is configured: TrueType outlines with CJK coverage (PDFBox embeds those). */
    public static final List<Path> DEFAULT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    /** Latin letters and digits look better in a Latin font (the CJK font's are sparse); used when present. */
    static final Path LATIN_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final TemplateEngine templates;
    private final String configuredFont;

    public PdfPages(TemplateEngine templates, @Value("${gradphoto.pdf.font:}") String configuredFont) {
        this.templates = templates;
        this.configuredFont = configuredFont;
    }

    /** The font file to embed, or a FontMissingException saying what to install. */
    public Path font() {
        List<Path> candidates = configuredFont.isBlank() ? DEFAULT_FONTS : List.of(Path.of(configuredFont));
        return candidates.stream().filter(p -> p.toString().endsWith(".ttf") && Files.isReadable(p)).findFirst()
                .orElseThrow(() -> new FontMissingException(Arrays.toString(candidates.toArray())));
    }

    /** The template {@code templates/pdf/<name>.html} with these variables, as PDF bytes. */
    public byte[] render(String name, Map<String, Object> variables) {
        Path font = font();
        Context ctx = new Context();
        variables.forEach(ctx::setVariable);
        String xhtml = templates.process("pdf/" + name, ctx);
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
            throw new IllegalStateException("cannot lay out " + name, e);
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
