package org.gradphoto.portal.graduation.gradform;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.gradphoto.portal.print.PdfPages;
import org.springframework.stereotype.Component;

/** The registration form as a printable A4 PDF (template pdf/graduate-form, laid out by the print module). */
@Component
class GraduateFormPdf {

    private final PdfPages pages;

    GraduateFormPdf(PdfPages pages) {
        this.pages = pages;
    }

    public byte[] render(GraduationApplication application, GraduateForm form, byte[] photoJpeg) {
        Map<String, Object> v = new HashMap<>();
        v.put("app", application);
        v.put("form", form);
        v.put("photo", photoJpeg == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photoJpeg));
        return pages.render("graduate-form", v);
    }
}
