package org.gradphoto.portal.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
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

    static final double MM = 72 / 25.4;

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

    /** Where and how large each image is drawn on the first page, in mm. */
    static List<double[]> drawnImages(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<double[]> found = new ArrayList<>();
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    found.add(new double[] {m.getTranslateX() / MM, m.getTranslateY() / MM, m.getScalingFactorX() / MM,
                        m.getScalingFactorY() / MM});
                }

                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(COSName shadingName) { }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
            return found;
        }
    }

    static long columns(List<double[]> images) {
        return images.stream().map(i -> Math.round(i[0])).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).size();
    }

    @Test
    void printsTwoInchPhotosFourToARowTrimmedAtTheSides() throws IOException {
        List<double[]> images = drawnImages(sheet.render(prints, "测试学校", new PrintSize(35, 49)));
        assertThat(images).hasSize(6);
        // 49 mm high and 3:4 wide (36.75 mm), 0.875 mm of each side outside the 35 mm cut
        assertThat(images.get(0)[3]).isCloseTo(49, within(0.1));
        assertThat(images.get(0)[2]).isCloseTo(36.75, within(0.1));
        assertThat(columns(images)).isEqualTo(4);
    }

    @Test
    void printsAWiderProfileSizeFitToTheWidthAndTrimmedAtTopAndBottom() throws IOException {
        byte[] pdf = sheet.render(prints, "测试学校", new PrintSize(45, 55));
        Files.write(java.nio.file.Path.of("target/photo-sheet-45x55.pdf"), pdf);
        List<double[]> images = drawnImages(pdf);
        assertThat(images.get(0)[2]).isCloseTo(45, within(0.1));
        assertThat(images.get(0)[3]).isCloseTo(60, within(0.1));
        // (190 + 6) / (45 + 6): three to a row
        assertThat(columns(images)).isEqualTo(3);
    }

    @Test
    void printsAOneInchSizeSixToARow() throws IOException {
        List<double[]> images = drawnImages(sheet.render(prints, "测试学校", new PrintSize(25, 35)));
        assertThat(images.get(0)[3]).isCloseTo(35, within(0.1));
        assertThat(columns(images)).isEqualTo(6);
    }

    @Test
    void anEmptySheetSaysSoInsteadOfFailing() throws IOException {
        byte[] pdf = sheet.render(List.of(), "测试学校", new PrintSize(35, 49));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("没有可打印的照片");
        }
    }
}
