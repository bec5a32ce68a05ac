package org.gradphoto.engine.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class FileQualityRuleTest {

    private static final String ID = FileQualityRule.ID;

    private static Mat pixels() {
        return Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
    }

    @Test
    void passesQualitySixtyExactly() {
        RuleResult r = rule(ID, Pictures.jpeg(pixels(), 60, 300), "q60.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(60.0);
    }

    @Test
    void rejectsQualityFiftyNine() {
        RuleResult r = rule(ID, Pictures.jpeg(pixels(), 59, 300), "q59.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isEqualTo(59.0);
    }

    @Test
    void readsTheQualityOfACameraFile() {
        // Tom_Cruise: tables not scaled from the IJG ones; the best-fitting quality is reported
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("dlib/Tom_Cruise_avp_2014_4.jpg")), "tom.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(79.0);
    }

    @Test
    void isNotMeasuredOnAPng() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shipped("idpass/sample_id_1.png")), "id.png");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
    }
}
