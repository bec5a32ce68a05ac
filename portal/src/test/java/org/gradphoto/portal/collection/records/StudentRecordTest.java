package org.gradphoto.portal.collection.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.ProofreadWindow;
import org.junit.jupiter.api.Test;

/** Proofreading as methods on the record: confirmations, reports, corrections, the window, cancellation. */
public class StudentRecordTest {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    static final ProofreadWindow OPEN = new ProofreadWindow(null, null);

    static RecordDetails details(String name) {
        return new RecordDetails("10536", name, Gender.MALE, new PersonalId(IdType.RESIDENT_ID_CARD, "110101199003070011"),
                "201101010101", "土木工程", "土木1101", "本科", 2026);
    }

    public static StudentRecord record() {
        return new StudentRecord(new Institution("10536", "长沙理工大学", "Changsha University of Science and Technology", "长沙",
                "Changsha", "chsi-2017"), details("王小明"));
    }

    @Test
    void bothConfirmedMeansExportableForThatPhoto() {
        StudentRecord r = record();
        r.confirmRecord(OPEN, NOW);
        r.confirmPhoto(10L, OPEN, NOW);
        assertThat(r.confirmedWith(10L)).isTrue();
        assertThat(r.confirmedWith(11L)).as("another photo linked since").isFalse();
        assertThat(r.photoCheckFor(11L)).isEqualTo(Check.UNCHECKED);
    }

    @Test
    void aCorrectionByTheSchoolUnchecksTheRecord() {
        StudentRecord r = record();
        r.reportRecord("姓名应为王晓明", OPEN, NOW);
        assertThat(r.getRecordCheck()).isEqualTo(Check.REPORTED);
        assertThat(r.getRecordNote()).isEqualTo("姓名应为王晓明");
        r.correct(details("王晓明"), OPEN, NOW);
        assertThat(r.getName()).isEqualTo("王晓明");
        assertThat(r.getRecordCheck()).isEqualTo(Check.UNCHECKED);
        assertThat(r.getRecordNote()).isNull();
    }

    @Test
    void aReportNeedsANote() {
        StudentRecord r = record();
        assertThatThrownBy(() -> r.reportPhoto(" ", OPEN, NOW)).isInstanceOf(RefusedException.class)
                .extracting("messageKey").isEqualTo("records.error.note_required");
        assertThatThrownBy(() -> r.reportRecord("x".repeat(501), OPEN, NOW)).extracting("messageKey").isEqualTo("records.error.note_too_long");
    }

    @Test
    void noPhotoCanBeConfirmedBeforeOneIsLinked() {
        assertThatThrownBy(() -> record().confirmPhoto(null, OPEN, NOW)).extracting("messageKey").isEqualTo("records.error.no_photo");
    }

    @Test
    void studentsProofreadUntilTheDeadlineAndTheSchoolCorrectsUntilTheLockDate() {
        ProofreadWindow w = new ProofreadWindow(NOW, NOW.plusSeconds(86_400));
        StudentRecord r = record();
        r.confirmRecord(w, NOW.minusSeconds(1));
        assertThatThrownBy(() -> r.confirmRecord(w, NOW)).extracting("messageKey").isEqualTo("records.error.closed");
        r.correct(details("王晓明"), w, NOW);
        assertThatThrownBy(() -> r.correct(details("王小明"), w, NOW.plusSeconds(86_400))).extracting("messageKey")
                .isEqualTo("records.error.locked");
        assertThatThrownBy(() -> new ProofreadWindow(NOW, NOW.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledRecordTakesNoMoreChangesAndIsNeverExported() {
        StudentRecord r = record();
        r.confirmRecord(OPEN, NOW);
        r.confirmPhoto(10L, OPEN, NOW);
        r.cancel(OPEN, NOW);
        assertThat(r.confirmedWith(10L)).isFalse();
        assertThatThrownBy(() -> r.confirmRecord(OPEN, NOW)).extracting("messageKey").isEqualTo("records.error.cancelled");
        assertThatThrownBy(() -> r.cancel(OPEN, NOW)).extracting("messageKey").isEqualTo("records.error.cancelled");
    }

    @Test
    void detailsRefuseASchoolCodeThatIsNotFiveDigits() {
        assertThatThrownBy(() -> new RecordDetails("1053", "王小明", Gender.MALE,
                new PersonalId(IdType.RESIDENT_ID_CARD, "110101199003070011"), "1", "m", null, "本科", 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
