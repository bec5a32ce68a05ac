package org.gradphoto.portal.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gradphoto.engine.profile.PrintSize;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.JpegEdits;
import org.gradphoto.portal.PortalTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sheet of prints lays each photo out at the profile's print size: the drawn image measured in the PDF (points
 * turned back into millimetres), the number of prints to a row, and the trim that keeps the 3:4 photo undistorted.
 */
@PortalTest
class PhotoSheetTest {

    @Autowired
    PhotoSheet sheet;

    List<PhotoPrint> prints = new ArrayList<>();

    @BeforeEach
    void photos() {
        Assumptions.assumeTrue(PdfPages.DEFAULT_FONTS.stream().anyMatch(Files::isReadable),
                "no CJK TrueType font (apt-get install fonts-droid-fallback): skipping");
        byte[] photo = Engines.compliant("idpass/sample_id_3.png");
        for (int i = 0; i < 6; i++) {
            // distinct bytes, as two people's photos are (the PDF keeps one image for identical bytes)
            prints.add(PhotoPrint.of(JpegEdits.withExif(photo, JpegEdits.Exif.software("n" + i)), "11010520040101002" + i, "学生" + i));
        }
    }

    static long columns(List<PdfImages.Drawn> images) {
        return images.stream().map(i -> Math.round(i.x())).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).size();
    }

    @Test
    void printsTwoInchPhotosFourToARowTrimmedAtTheSides() throws IOException {
        List<PdfImages.Drawn> images = PdfImages.drawn(sheet.render(prints, "测试学校", new PrintSize(35, 49)));
        assertThat(images).hasSize(6);
        // 49 mm high and 3:4 wide (36.75 mm), 0.875 mm of each side outside the 35 mm cut
        assertThat(images.get(0).height()).isCloseTo(49, within(0.1));
        assertThat(images.get(0).width()).isCloseTo(36.75, within(0.1));
        assertThat(columns(images)).isEqualTo(4);
    }

    @Test
    void printsAWiderProfileSizeFitToTheWidthAndTrimmedAtTopAndBottom() throws IOException {
        byte[] pdf = sheet.render(prints, "测试学校", new PrintSize(45, 55));
        Files.write(java.nio.file.Path.of("target/photo-sheet-45x55.pdf"), pdf);
        List<PdfImages.Drawn> images = PdfImages.drawn(pdf);
        assertThat(images.get(0).width()).isCloseTo(45, within(0.1));
        assertThat(images.get(0).height()).isCloseTo(60, within(0.1));
        // (190 + 6) / (45 + 6): three to a row
        assertThat(columns(images)).isEqualTo(3);
    }

    @Test
    void printsAOneInchSizeSixToARow() throws IOException {
        List<PdfImages.Drawn> images = PdfImages.drawn(sheet.render(prints, "测试学校", new PrintSize(25, 35)));
        assertThat(images.get(0).height()).isCloseTo(35, within(0.1));
        assertThat(columns(images)).isEqualTo(6);
    }

    @Test
    void aPartOfALongerRunSaysWhichPhotosItHoldsAndLinksTheNextPart() throws IOException {
        byte[] pdf = sheet.render(prints, "测试学校", new PrintSize(35, 49), new SheetPart(2, 806), "http://portal/school/photos/sheet.pdf?part=3");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = PdfImages.text(doc);
            assertThat(text).contains("共 806 张，本份为第 401–800 张（第 2 份，共 3 份）", "接下来的照片在第 3 份",
                    "http://portal/school/photos/sheet.pdf?part=3");
            // the link can be followed from the PDF
            var links = doc.getPage(doc.getNumberOfPages() - 1).getAnnotations();
            assertThat(links).anySatisfy(a -> assertThat(((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)
                    ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).getAction()).getURI())
                    .isEqualTo("http://portal/school/photos/sheet.pdf?part=3"));
        }
        try (var doc = Loader.loadPDF(sheet.render(prints, "测试学校", new PrintSize(35, 49)))) {
            assertThat(PdfImages.text(doc)).contains("共 6 张 · 沿细线剪下")
                    .doesNotContain("本份", "接下来");
        }
    }

    @Test
    void theNextPartIsThisRequestWithItsFiltersAndTheNextNumber() {
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/school/photos/sheet.pdf");
        request.setQueryString("className=%E5%9C%9F%E6%9C%A81101&part=1");
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            assertThat(PhotoSheet.nextPartLink(new SheetPart(1, 900)))
                    .isEqualTo("http://localhost/school/photos/sheet.pdf?className=%E5%9C%9F%E6%9C%A81101&part=2");
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void anEmptySheetSaysSoInsteadOfFailing() throws IOException {
        byte[] pdf = sheet.render(List.of(), "测试学校", new PrintSize(35, 49));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(PdfImages.text(doc)).contains("没有可打印的照片");
        }
    }
}
