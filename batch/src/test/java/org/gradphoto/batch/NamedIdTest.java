package org.gradphoto.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedIdTest {

    @Test
    void readsAValidNumberFromTheFileName() {
        NamedId n = NamedId.of("11010519491231002X.jpg");
        assertThat(n.id().value()).isEqualTo("11010519491231002X");
        assertThat(n.problem()).isNull();
    }

    @Test
    void normalisesLowerCaseXFullWidthDigitsAndSpaces() {
        assertThat(NamedId.of("11010519491231002x.JPG").id().value()).isEqualTo("11010519491231002X");
        assertThat(NamedId.of("１１０１０５１９４９１２３１００２Ｘ.jpg").id().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void upgradesAnOldFifteenDigitNumber() {
        NamedId n = NamedId.of("110105491231002.jpg");
        assertThat(n.id().value()).isEqualTo("11010519491231002X");
        assertThat(n.upgraded()).isTrue();
    }

    @Test
    void saysWhatIsWrongWithTheName() {
        assertThat(NamedId.of("110105194912310021.jpg").problem()).isEqualTo(NameProblem.CHECK_DIGIT);
        assertThat(NamedId.of("110105199002300011.jpg").problem()).isEqualTo(NameProblem.BIRTH_DATE);
        assertThat(NamedId.of("张三.jpg").problem()).isEqualTo(NameProblem.NOT_AN_ID);
        assertThat(NamedId.of("IMG_2034.jpg").problem()).isEqualTo(NameProblem.NOT_AN_ID);
        assertThat(NamedId.of("11010519491231002X.jpg").duplicate().problem()).isEqualTo(NameProblem.DUPLICATE);
    }
}
