package org.gradphoto.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524198001010013", "321083197812162119", "81000019980902013X"})
    void acceptsTheValidNumbersOfTheDesign(String n) {
        assertThat(IdNumber.of(n).value()).isEqualTo(n);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThatThrownBy(() -> IdNumber.of("110105194912310021"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdNumberException.Reason.CHECK_DIGIT));
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        assertThatThrownBy(() -> IdNumber.of("201511221897205960"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isIn(InvalidIdNumberException.Reason.BIRTH_DATE,
                                InvalidIdNumberException.Reason.AREA));
        assertThatThrownBy(() -> IdNumber.of("110105" + "20250230" + "0011"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdNumberException.Reason.BIRTH_DATE));
    }

    @Test
    void refusesAnUnknownProvince() {
        String first17 = "990105194912310" + "02";
        assertThatThrownBy(() -> IdNumber.of(first17 + IdNumber.checkCharacter(first17)))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdNumberException.Reason.AREA));
    }

    @Test
    void refusesWhatIsNoNumberAtAll() {
        for (String s : new String[] {"", "  ", "1101051949123100", "11010519491231002Y", "zhangsan", null}) {
            assertThat(IdNumber.parse(s)).as(String.valueOf(s)).isEmpty();
        }
    }

    @Test
    void normalisesSpacesFullWidthDigitsAndLowerCaseX() {
        assertThat(IdNumber.of(" １１０１０５１９４９１２３１００２ｘ ").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void upgradesAnOldFifteenDigitNumber() {
        IdNumber n = IdNumber.of("110105491231002");
        assertThat(n.value()).isEqualTo("11010519491231002X");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void refusesABirthYearBefore1900AsATypingSlip() {
        // 1880-01-01 with a correct check digit: the date exists, no applicant was born then
        assertThatThrownBy(() -> IdNumber.of("440524188001010014"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidIdNumberException.Reason.BIRTH_DATE));
        assertThat(IdNumber.of("11010519000101001X").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void knowsBirthDateSexAreaAndPermits() {
        IdNumber n = IdNumber.of("440524198001010013");
        assertThat(n.areaCode()).isEqualTo("440524");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(n.male()).isTrue();
        assertThat(IdNumber.of("11010519491231002X").male()).isFalse();
        assertThat(IdNumber.of("81000019980902013X").residencePermit()).isTrue();
    }

    @Test
    void masksItselfInListsAndLogs() {
        IdNumber n = IdNumber.of("11010519491231002X");
        assertThat(n.masked()).isEqualTo("1101**********002X");
        assertThat(n.toString()).isEqualTo("1101**********002X");
        assertThatThrownBy(() -> IdNumber.of("110105194912310021")).hasMessageContaining("1101**********0021")
                .hasMessageNotContaining("110105194912310021");
    }

    @Test
    void isEqualByValue() {
        assertThat(IdNumber.of("110105491231002")).isEqualTo(IdNumber.of("11010519491231002X"));
    }
}
