package org.gradphoto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.opencv.core.Mat;

/**
 * The measurements behind every threshold marked (ours): each rule's measured value on every shared photo, on
 * the compliant files made from the shipped portraits, and on those files damaged (blurred, darkened, ...). Prints
 * a Markdown table per rule; docs/CALIBRATION.md quotes it.
 * Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.CalibrationReport}
 */
public final class CalibrationReport {

    private static final String[] RULES = {"GEOM_CENTERED", "GEOM_EYES_LEVEL", "GEOM_SHOULDERS", "POSE_FRONTAL",
        "EXPR_EYES_OPEN", "EXPR_MOUTH_CLOSED", "BG_COLOR", "BG_UNIFORM", "BG_CLOTHING_CONTRAST", "IMG_COLOR",
        "IMG_SHARPNESS", "IMG_EXPOSURE", "IMG_LIGHTING", "IMG_RED_EYE", "IMG_NO_BORDER", "IMG_NO_TEXT", "ACC_GLASSES",
        "ACC_HAIR", "ACC_HEADWEAR"};

    private CalibrationReport() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        Path root = Faces.sharedRoot();
        if (root != null) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("expected"))
                        .filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    photos.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        for (String s : new String[] {"idpass/sample_id_1.png", "idpass/sample_id_2.png", "idpass/sample_id_3.png",
            "idpass/sample_id_4.png"}) {
            byte[] c = Engines.compliant(s);
            String n = "compliant(" + s.substring(s.indexOf('/') + 1) + ")";
            photos.put(n, c);
            Mat m = Pictures.decode(c);
            photos.put(n + " blur σ1", Pictures.jpeg(Pictures.blur(m, 1.0), 92, 300));
            photos.put(n + " ×0.4 dark", Pictures.jpeg(Pictures.exposure(m, 0.4), 92, 300));
            photos.put(n + " ×1.6 bright", Pictures.jpeg(Pictures.exposure(m, 1.6), 92, 300));
            photos.put(n + " grey", Pictures.jpeg(Pictures.grey(m), 92, 300));
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String r : RULES) {
            rows.put(r, new ArrayList<>());
        }
        for (Map.Entry<String, byte[]> e : photos.entrySet()) {
            Inspection in = Engines.check(e.getValue(), e.getKey());
            for (String r : RULES) {
                RuleResult res = in.result(r).orElseThrow();
                rows.get(r).add(String.format(Locale.ROOT, "| %s | %s | %s |", e.getKey(), res.status(), res.measuredText()));
            }
        }
        System.out.println("Calibration measurements — " + Timing.machine());
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            System.out.println();
            System.out.println("### " + e.getKey());
            System.out.println();
            System.out.println("| photo | status | measured |");
            System.out.println("|---|---|---|");
            e.getValue().forEach(System.out::println);
        }
    }
}
