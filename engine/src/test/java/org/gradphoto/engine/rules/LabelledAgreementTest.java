package org.gradphoto.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Labelled;
import org.gradphoto.engine.testing.LabelledAgreement;
import org.junit.jupiter.api.Test;

/**
 * The person rules against what people saw on ../shared/faces/labelled: agreement at least 95 % where a rule has
 * at least 5 positive photos, and at most 5 % false flags on persons labelled compliant. Rules that do not meet
 * this yet are held at what they reach today ({@link #NOT_YET}), so that neither a gain nor a loss goes unseen;
 * docs/CALIBRATION.md gives the tables.
 */
class LabelledAgreementTest {

    /**
     * Rules below the bar today, with what they reach: {agreeing photos, scored photos, false flags}. GEOM_EYES_LEVEL
     * reads 2.6° on a turned head labelled tilted; EXPR_MOUTH_CLOSED misses lips parted by 0.05-0.09 of the mouth's
     * width and flags two wide smiles with closed lips; ACC_JEWELLERY is not measured yet (a sentence for the
     * candidate and the reviewer on every photo, docs/CALIBRATION.md).
     */
    static final Map<String, int[]> NOT_YET = Map.of(
            "GEOM_EYES_LEVEL", new int[] {4, 5, 0},
            "EXPR_MOUTH_CLOSED", new int[] {43, 49, 0},
            "ACC_JEWELLERY", new int[] {39, 48, 0});

    @Test
    void personRulesAgreeWithThePeopleWhoLabelledThePhotos() {
        Map<String, LabelledAgreement.Result> results = LabelledAgreement.measure(Labelled.all(),
                l -> Engines.check(Faces.bytes(l.file()), l.name()));
        System.out.println("| rule | label | TP | FN | FP | TN | agreement | false flags on compliant |");
        results.values().forEach(r -> {
            System.out.println(r.row());
            r.misses().forEach(m -> System.out.println("    " + m));
            r.falseFlags().forEach(m -> System.out.println("    false flag " + m));
        });
        for (LabelledAgreement.Result r : results.values()) {
            String rule = r.scoring().rule();
            int[] held = NOT_YET.get(rule);
            if (held != null) {
                assertThat(new int[] {r.tp() + r.tn(), r.scored(), r.falseFlags().size()}).as(rule + " (held) " + r.misses())
                        .containsExactly(held);
                continue;
            }
            if (r.positives() >= 5) {
                assertThat(r.agreement()).as(rule + " agreement " + r.misses()).isGreaterThanOrEqualTo(0.95);
            }
            assertThat(r.falseFlagRate()).as(rule + " false flags " + r.falseFlags()).isLessThanOrEqualTo(0.05);
        }
    }
}
