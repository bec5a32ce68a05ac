package org.gradphoto.engine.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gradphoto.engine.image.DecodeLimits;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFactsReader;
import org.gradphoto.engine.image.PhotoDecoder;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;
import org.opencv.core.Point;
import org.opencv.core.Rect2d;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Eye centres against dlib's 68-point annotations of the PASCAL photos (dlib/expected/*_with_face_landmarks.xml):
 * for every annotated face the detector finds, the mean distance between our eye centres and the annotation's
 * (mean of points 36-41 and 42-47), divided by the annotated inter-ocular distance. The result is written to
 * target/landmark-accuracy.txt and reported in docs/CALIBRATION.md.
 */
class LandmarkAccuracyTest {

    record Truth(String file, Rect2d box, Point rightEye, Point leftEye) {
    }

    @Test
    void eyeCentresAgreeWithTheAnnotationsWithinSixHundredthsOfTheEyeDistance() throws Exception {
        Path root = Faces.shared("dlib/expected/testing_with_face_landmarks.xml").getParent().getParent();
        List<Truth> truths = new ArrayList<>();
        truths.addAll(read(root.resolve("expected/training_with_face_landmarks.xml")));
        truths.addAll(read(root.resolve("expected/testing_with_face_landmarks.xml")));

        BlazeFaceDetector detector = new BlazeFaceDetector(AnalysisSettings.defaults().detectorMinScore());
        FaceMeshModel mesh = new FaceMeshModel();
        PhotoDecoder decoder = new PhotoDecoder(DecodeLimits.DEFAULT);
        StringBuilder report = new StringBuilder("file\tface\tinterocular_px\tnme\n");
        double sum = 0;
        int matched = 0;
        String current = null;
        List<FaceDetection> found = List.of();
        DecodedPhoto photo = null;
        for (Truth t : truths) {
            if (!t.file().equals(current)) {
                if (photo != null) {
                    photo.release();
                }
                byte[] bytes = Files.readAllBytes(root.resolve(t.file()));
                photo = decoder.decode(bytes, FileFactsReader.read(bytes, t.file()));
                found = detector.detect(photo.bgr());
                current = t.file();
            }
            FaceDetection d = match(found, t.box());
            if (d == null) {
                continue;
            }
            FaceMeshModel.Result r = mesh.fromDetection(photo.bgr(), d);
            if (r.presence() < AnalysisSettings.defaults().meshMinPresence()) {
                continue;
            }
            double iod = dist(t.rightEye(), t.leftEye());
            double nme = (dist(r.landmarks().rightEyeCentre(), t.rightEye()) + dist(r.landmarks().leftEyeCentre(), t.leftEye()))
                    / 2 / iod;
            report.append(String.format(Locale.ROOT, "%s\t%.0f,%.0f\t%.1f\t%.3f%n", t.file(), t.box().x, t.box().y, iod, nme));
            sum += nme;
            matched++;
        }
        if (photo != null) {
            photo.release();
        }
        double mean = sum / matched;
        report.append(String.format(Locale.ROOT, "annotated faces %d, found with key points %d, mean NME %.3f%n",
                truths.size(), matched, mean));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/landmark-accuracy.txt"), report);
        System.out.print(report);

        assertThat(matched).isGreaterThanOrEqualTo(20);
        assertThat(mean).isLessThan(0.06);
    }

    private static FaceDetection match(List<FaceDetection> found, Rect2d truth) {
        Point c = new Point(truth.x + truth.width / 2, truth.y + truth.height / 2);
        for (FaceDetection d : found) {
            Rect2d b = d.box();
            if (c.x >= b.x && c.x <= b.x + b.width && c.y >= b.y && c.y <= b.y + b.height) {
                return d;
            }
        }
        return null;
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    private static List<Truth> read(Path xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = f.newDocumentBuilder().parse(xml.toFile());
        List<Truth> out = new ArrayList<>();
        NodeList images = doc.getElementsByTagName("image");
        for (int i = 0; i < images.getLength(); i++) {
            Element img = (Element) images.item(i);
            NodeList boxes = img.getElementsByTagName("box");
            for (int j = 0; j < boxes.getLength(); j++) {
                Element b = (Element) boxes.item(j);
                double[] x = new double[68];
                double[] y = new double[68];
                NodeList parts = b.getElementsByTagName("part");
                for (int k = 0; k < parts.getLength(); k++) {
                    Element p = (Element) parts.item(k);
                    int n = Integer.parseInt(p.getAttribute("name"));
                    x[n] = Double.parseDouble(p.getAttribute("x"));
                    y[n] = Double.parseDouble(p.getAttribute("y"));
                }
                out.add(new Truth(img.getAttribute("file"), new Rect2d(num(b, "left"), num(b, "top"), num(b, "width"),
                        num(b, "height")), mean(x, y, 36), mean(x, y, 42)));
            }
        }
        return out;
    }

    private static double num(Element e, String a) {
        return Double.parseDouble(e.getAttribute(a));
    }

    private static Point mean(double[] x, double[] y, int from) {
        double sx = 0;
        double sy = 0;
        for (int i = from; i < from + 6; i++) {
            sx += x[i];
            sy += y[i];
        }
        return new Point(sx / 6, sy / 6);
    }

}
