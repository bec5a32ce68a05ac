package org.gradphoto.portal.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OfficeDecisionTest {

    static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void keepsAReasonOfExactlyTheColumnsLengthStripped() {
        OfficeDecision d = OfficeDecision.because(null, NOW, "  " + "原".repeat(500) + "\n");
        assertThat(d.getReason()).hasSize(500);
        assertThat(d.getDecidedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAReasonOneCharacterLongerThanTheColumn() {
        assertThatThrownBy(() -> OfficeDecision.because(null, NOW, "原".repeat(501))).extracting("messageKey")
                .isEqualTo("decision.error.reason_long");
        assertThatThrownBy(() -> OfficeDecision.perhapsBecause(null, NOW, "x".repeat(501))).extracting("messageKey")
                .isEqualTo("decision.error.reason_long");
    }

    @Test
    void refusesAMissingReasonWhereOneIsRequiredAndKeepsNoneWhereItIsNot() {
        assertThatThrownBy(() -> OfficeDecision.because(null, NOW, " \t")).extracting("messageKey")
                .isEqualTo("decision.error.reason_required");
        assertThatThrownBy(() -> OfficeDecision.because(null, NOW, null)).extracting("messageKey")
                .isEqualTo("decision.error.reason_required");
        assertThat(OfficeDecision.perhapsBecause(null, NOW, "  ").getReason()).isNull();
        assertThat(OfficeDecision.without(null, NOW).getReason()).isNull();
    }

    @Test
    void refusesADecisionWithoutItsTime() {
        assertThatThrownBy(() -> OfficeDecision.without(null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theRefusalsSpeakChineseAndEnglish() throws Exception {
        for (String bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(OfficeDecisionTest.class.getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(p.getProperty("decision.error.reason_long")).as(bundle).contains("500");
            assertThat(p.getProperty("decision.error.reason_required")).as(bundle).isNotBlank();
        }
    }
}
