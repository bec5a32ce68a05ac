package org.gradphoto.portal.print;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The images a PDF page draws, each with where and how large (in mm): what a printer prints, counted per drawing
 * (PDFBox keeps one object for identical images, so counting objects would undercount).
 */
public final class PdfImages {

    static final double MM = 72 / 25.4;

    private PdfImages() {
    }

    /** One drawn image: its lower left corner and its size, in mm. */
    public record Drawn(double x, double y, double width, double height) {
    }

    /** The images drawn on page {@code index} of {@code pdf}, in drawing order. */
    public static List<Drawn> drawn(byte[] pdf, int index) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(index);
            List<Drawn> found = new ArrayList<>();
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void drawImage(PDImage image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    found.add(new Drawn(m.getTranslateX() / MM, m.getTranslateY() / MM, m.getScalingFactorX() / MM,
                            m.getScalingFactorY() / MM));
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

    /** The text in reading order (by position: runs of the Latin and the CJK font are otherwise apart). */
    public static String text(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper t = new org.apache.pdfbox.text.PDFTextStripper();
        t.setSortByPosition(true);
        return t.getText(doc);
    }

    /** The images drawn on the first page. */
    public static List<Drawn> drawn(byte[] pdf) throws IOException {
        return drawn(pdf, 0);
    }
}
