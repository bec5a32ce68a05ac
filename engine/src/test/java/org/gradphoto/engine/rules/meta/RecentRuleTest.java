package org.gradphoto.engine.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.JpegEdits;
import org.junit.jupiter.api.Test;

/** "Today" is the tests' fixed date, 2026-11-26. */
class RecentRuleTest {

    private static final String ID = RecentRule.ID;

    private static byte[] taken(String date) {
        return JpegEdits.withExif(Engines.compliant("idpass/sample_id_3.png"), JpegEdits.Exif.taken(date));
    }

    @Test
    void passesAPhotoTakenLastMonth() {
        RuleResult r = rule(ID, taken("2026:10:20 09:30:00"), "recent.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(1.0);
    }

    @Test
    void rejectsAPhotoFromTenYearsAgo() {
        // JianzhuGuo.jpg carries its real Exif date, 2016-05-24
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/JianzhuGuo.jpg")), "old.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measuredText()).startsWith("2016-05-24");
    }

    @Test
    void eightMonthsPassesNationallyButNotInXinjiang() {
        byte[] file = taken("2026:03:20 12:00:00");
        assertThat(rule(ID, file, "8m.jpg").passed()).isTrue();
        RuleResult xj = rule(ID, file, "8m.jpg", Profiles.get("zikao-xinjiang"));
        assertThat(xj.failed()).isTrue();
        assertThat(xj.limit()).isEqualTo("≤ 6 months");
    }

    @Test
    void passesExactlyTwelveMonthsAndFailsTheDayAfter() {
        assertThat(rule(ID, taken("2025:11:26 08:00:00"), "edge.jpg").passed()).isTrue();
        assertThat(rule(ID, taken("2025:11:25 08:00:00"), "edge.jpg").failed()).isTrue();
    }

    @Test
    void flagsADateInTheFuture() {
        RuleResult r = rule(ID, taken("2027:01:01 00:00:00"), "future.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.messageZh()).contains("晚于今天");
    }

    @Test
    void isNotMeasuredWithoutACaptureDate() {
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_3.png"), "nodate.jpg").status())
                .isEqualTo(Status.NOT_MEASURED);
    }
}
