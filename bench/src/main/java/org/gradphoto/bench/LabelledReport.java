package org.gradphoto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Labelled;
import org.gradphoto.engine.testing.LabelledAgreement;

/**
 * Every photo of ../shared/faces/labelled through the checker and the fixer, beside its labels: the person rules'
 * verdicts and measured values, the fix's outcome. Prints one Markdown row per photo; docs/CALIBRATION.md quotes
 * it. Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.LabelledReport}
 */
public final class LabelledReport {

    static final String[] RULES = {"FACE_FOUND", "POSE_FRONTAL", "GEOM_EYES_LEVEL", "EXPR_EYES_OPEN", "EXPR_MOUTH_CLOSED",
        "IMG_SHARPNESS", "IMG_COLOR", "ACC_HEADWEAR", "ACC_GLASSES", "ACC_HAIR", "ACC_JEWELLERY", "BG_UNIFORM"};

    private LabelledReport() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| rule | label | TP | FN | FP | TN | agreement | false flags on compliant |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        LabelledAgreement.measure(Labelled.all(), l -> Engines.check(Faces.bytes(l.file()), l.name())).values()
                .forEach(r -> System.out.println(r.row()));
        System.out.println();
        System.out.println("| photo | labels | " + String.join(" | ", RULES) + " | fix |");
        System.out.println("|---|---|" + "---|".repeat(RULES.length) + "---|");
        for (Labelled l : Labelled.all()) {
            byte[] bytes = Files.readAllBytes(l.file());
            String name = l.file().getFileName().toString();
            Inspection in = Engines.engine().inspect(bytes, name, Engines.chsi());
            StringBuilder row = new StringBuilder("| " + name + " | " + flags(l.labels()) + " | ");
            for (String id : RULES) {
                RuleResult r = in.result(id).orElse(null);
                row.append(r == null ? "—" : mark(r) + " " + r.measuredText().replace("|", "/")).append(" | ");
            }
            FixResult f = Engines.fixer().fix(bytes, name, Engines.chsi(), FixOptions.auto());
            String fix = f.fixed() ? "fixed " + f.after().verdict() + " " + f.after().failed().stream()
                    .filter(RuleResult::rejects).map(RuleResult::id).toList() : "refused " + f.refusal();
            row.append(fix).append(" (label ").append(l.labels().get("fix")).append(") |");
            System.out.println(row);
        }
    }

    private static String mark(RuleResult r) {
        return switch (r.status()) {
            case PASSED -> "✓";
            case FAILED -> r.rejects() ? "✗" : "!";
            default -> "–";
        };
    }

    private static String flags(Map<String, String> labels) {
        List<String> yes = new ArrayList<>();
        labels.forEach((k, v) -> {
            if ("yes".equals(v) && !k.equals("plain_background") && !k.equals("compliant_person")) {
                yes.add(k);
            }
        });
        return (("yes".equals(labels.get("compliant_person")) ? "OK " : "") + String.join(",", yes)).toLowerCase(Locale.ROOT);
    }
}
