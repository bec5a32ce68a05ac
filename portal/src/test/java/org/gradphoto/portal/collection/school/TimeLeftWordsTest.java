package org.gradphoto.portal.collection.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The time left on a job's page, as a person says it, in both languages. */
class TimeLeftWordsTest {

    @Test
    void saysSecondsUnderAMinuteMinutesAndSecondsUnderAnHourAndHoursAndMinutesBeyond() {
        assertThat(StudioController.words(Duration.ofSeconds(42), Locale.CHINESE)).isEqualTo("42 秒");
        assertThat(StudioController.words(Duration.ofSeconds(108), Locale.CHINESE)).isEqualTo("1 分 48 秒");
        assertThat(StudioController.words(Duration.ofSeconds(3 * 3600 + 5 * 60 + 9), Locale.CHINESE)).isEqualTo("3 小时 5 分");
        assertThat(StudioController.words(Duration.ofSeconds(108), Locale.ENGLISH)).isEqualTo("1 min 48 s");
        assertThat(StudioController.words(Duration.ofSeconds(3 * 3600 + 5 * 60), Locale.ENGLISH)).isEqualTo("3 h 5 min");
    }

    @Test
    void neverSaysNoTimeAtAllWhileSomethingIsLeft() {
        assertThat(StudioController.words(Duration.ZERO, Locale.CHINESE)).isEqualTo("1 秒");
        assertThat(StudioController.words(Duration.ofMillis(300), Locale.ENGLISH)).isEqualTo("1 s");
    }
}
