package org.gradphoto.portal.print;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradphoto.engine.profile.PrintSize;
import org.springframework.stereotype.Component;

/**
 * A sheet of prints (背胶照片, seed 004) as PDF: each photo at the profile's print size, as many to an A4 row as
 * fit, with a thin cut line around each and its ID number and name below. The 3:4 photo covers the print: trimmed at
 * the sides when the print is narrower than 3:4, at top and bottom when it is wider.
 */
@Component
public class PhotoSheet {

    /** A4 between the page margins of templates/pdf/photo-sheet.html, and the gap between prints, in mm. */
    static final double USABLE_WIDTH_MM = 190;
    static final double GAP_MM = 6;
    private static final double PHOTO_ASPECT = 3.0 / 4.0;

    private final PdfPages pdf;

    PhotoSheet(PdfPages pdf) {
        this.pdf = pdf;
    }

    /** The prints under {@code title} (the school's name) at {@code size}: the whole run, in one part. */
    public byte[] render(List<PhotoPrint> prints, String title, PrintSize size) {
        return render(prints, title, size, new SheetPart(1, prints.size()), "");
    }

    /** One part of a longer run; {@code next} is the link to the next part (unused for the last). */
    public byte[] render(List<PhotoPrint> prints, String title, PrintSize size, SheetPart part, String next) {
        return pdf.render("photo-sheet", Map.of("prints", prints, "school", title, "layout", Layout.of(size), "part", part,
                "next", next));
    }

    /** This request's address with the next part's number, for the link at the end of a part. */
    public static String nextPartLink(SheetPart part) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("part", part.number() + 1).build().toUriString();
    }

    /** The numbers the template lays the prints out with, as CSS lengths. */
    public record Layout(int columns, String width, String height, String imageWidth, String imageHeight, String left, String top) {

        static Layout of(PrintSize s) {
            int columns = (int) Math.max(1, Math.floor((USABLE_WIDTH_MM + GAP_MM) / (s.widthMm() + GAP_MM)));
            double imageWidth;
            double imageHeight;
            if (s.widthMm() / s.heightMm() < PHOTO_ASPECT) {
                imageHeight = s.heightMm();
                imageWidth = imageHeight * PHOTO_ASPECT;
            } else {
                imageWidth = s.widthMm();
                imageHeight = imageWidth / PHOTO_ASPECT;
            }
            return new Layout(columns, mm(s.widthMm()), mm(s.heightMm()), mm(imageWidth), mm(imageHeight),
                    mm(-(imageWidth - s.widthMm()) / 2), mm(-(imageHeight - s.heightMm()) / 2));
        }

        private static String mm(double v) {
            return String.format(Locale.ROOT, "%.3fmm", v);
        }
    }
}
