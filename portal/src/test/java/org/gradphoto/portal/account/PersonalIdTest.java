package org.gradphoto.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ID numbers as registration takes them: the vectors of DESIGN.md, normalisation, every type's format. */
class PersonalIdTest {

    @Test
    void acceptsTheValidResidentIdNumbersOfTheDesign() {
        assertThat(new PersonalId(IdType.RESIDENT_ID_CARD, "11010519491231002X").number()).isEqualTo("11010519491231002X");
        assertThat(new PersonalId(IdType.RESIDENT_ID_CARD, "440524198001010013").number()).isEqualTo("440524198001010013");
        assertThat(new PersonalId(IdType.RESIDENT_ID_CARD, "321083197812162119").number()).isEqualTo("321083197812162119");
    }

    @Test
    void acceptsAResidencePermitOnlyAsAResidencePermit() {
        assertThat(new PersonalId(IdType.RESIDENCE_PERMIT, "81000019980902013X").number()).isEqualTo("81000019980902013X");
        rejects(IdType.RESIDENT_ID_CARD, "81000019980902013X", "id.number.permit");
        rejects(IdType.RESIDENCE_PERMIT, "11010519491231002X", "id.number.not_permit");
    }

    @Test
    void rejectsTheInvalidNumbersOfTheDesignSayingWhy() {
        rejects(IdType.RESIDENT_ID_CARD, "110105194912310021", "id.number.check_digit");
        rejects(IdType.RESIDENT_ID_CARD, "201511221897205960", "id.number.area");
        rejects(IdType.RESIDENT_ID_CARD, "110105194913310023", "id.number.birth_date");
        rejects(IdType.RESIDENT_ID_CARD, "11010519491231", "id.number.format");
        rejects(IdType.RESIDENT_ID_CARD, "", "id.number.missing");
        rejects(IdType.RESIDENT_ID_CARD, null, "id.number.missing");
        rejects(null, "11010519491231002X", "id.type.missing");
    }

    @Test
    void refusesAnOldFifteenDigitNumber() {
        rejects(IdType.RESIDENT_ID_CARD, "110105491231002", "id.number.length");
    }

    @Test
    void normalisesSpacesFullWidthDigitsAndLowerCaseX() {
        assertThat(new PersonalId(IdType.RESIDENT_ID_CARD, " １１０１０５１９４９１２３１００２ｘ ").number())
                .isEqualTo("11010519491231002X");
        assertThat(new PersonalId(IdType.RESIDENT_ID_CARD, "110105 19491231 002x").number()).isEqualTo("11010519491231002X");
    }

    @Test
    void checksTheOtherDocumentsByFormat() {
        assertThat(new PersonalId(IdType.HK_MACAO_PERMIT, "h12345678").number()).isEqualTo("H12345678");
        assertThat(new PersonalId(IdType.HK_MACAO_PERMIT, "M1234567801").number()).isEqualTo("M1234567801");
        rejects(IdType.HK_MACAO_PERMIT, "X12345678", "id.number.format.hk_macao_permit");
        assertThat(new PersonalId(IdType.TAIWAN_PERMIT, "12345678").number()).isEqualTo("12345678");
        rejects(IdType.TAIWAN_PERMIT, "1234567", "id.number.format.taiwan_permit");
        assertThat(new PersonalId(IdType.PASSPORT, "e12345678").number()).isEqualTo("E12345678");
        rejects(IdType.PASSPORT, "E12-345", "id.number.format.passport");
    }

    @Test
    void showsOnlyTheEndsOfTheNumberWhenMasked() {
        PersonalId id = new PersonalId(IdType.RESIDENT_ID_CARD, "11010519491231002X");
        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    private static void rejects(IdType type, String number, String key) {
        assertThatThrownBy(() -> new PersonalId(type, number)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).messageKey()).isEqualTo(key);
    }
}
