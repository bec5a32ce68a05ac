package org.gradphoto.portal.graduation.gradform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.gradphoto.portal.graduation.TestApplications;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The registration form as PDF: the Chinese text is really in it (extracted back), the font embedded. */
class GraduateFormPdfTest {

    static TemplateEngine templates() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setCharacterEncoding("UTF-8");
        TemplateEngine t = new org.thymeleaf.spring6.SpringTemplateEngine();
        t.setTemplateResolver(r);
        return t;
    }

    @Test
    void printsTheFormWithItsChineseTextAndAnEmbeddedFont() throws Exception {
        GraduateFormPdf pdf = new GraduateFormPdf(new org.gradphoto.portal.print.PdfPages(templates(), ""));
        assumeTrue(org.gradphoto.portal.print.PdfPages.DEFAULT_FONTS.stream().anyMatch(Files::isReadable),
                "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        GraduationApplication app = TestApplications.accountingDraft();
        app.updateContact("13800138000", "安徽省芜湖市镜湖区北京中路 1 号", null, null, Instant.now());
        GraduateForm form = new GraduateForm(app, Instant.now());
        form.fill(List.of(new ResumeEntry.Line(YearMonth.of(2012, 9), YearMonth.of(2015, 8), "芜湖市第一中学", "学生"),
                        new ResumeEntry.Line(YearMonth.of(2015, 9), null, "自由职业", "")),
                "在校期间认真学习专业知识，遵守纪律，团结同学，积极参加社会实践，各方面表现良好。", "",
                new PersonalDetails("女", "1949-12", "汉族", "群众"), YearMonth.of(2026, 3), Instant.now());
        byte[] bytes = pdf.render(app, form, Engines.compliant("idpass/sample_id_3.png"));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            Files.write(java.nio.file.Path.of("target/graduate-form.pdf"), bytes);
            assertThat(text.replaceAll("\\s+", "")).contains("高等教育自学考试毕业生登记表");
            assertThat(text).contains("张三", "340201100001", "芜湖市第一中学", "2012.09 — 2015.08",
                    "至今", "自由职业", "认真学习专业知识", "（无工作单位）", "会计", "1949-12", "汉族", "群众");
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = doc.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(page.getResources().getXObjectNames()).as("the photo").isNotEmpty();
        }
    }

    @Test
    void withoutAFontItSaysWhatToInstall() {
        var pdf = new org.gradphoto.portal.print.PdfPages(templates(), "/nonexistent/font.ttf");
        org.assertj.core.api.Assertions.assertThatThrownBy(pdf::font).isInstanceOf(org.gradphoto.portal.print.PdfPages.FontMissingException.class)
                .hasMessageContaining("fonts-droid-fallback");
    }
}
