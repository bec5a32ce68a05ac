package org.gradphoto.portal.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The photo's review states: every allowed change, and the refusal of every other. */
class CandidatePhotoTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UploadWindow OPEN = UploadWindow.ALWAYS_OPEN;

    Institution wuhu;
    Account candidate;
    Account reviewer;
    Account otherReviewer;
    CandidatePhoto photo;

    @BeforeEach
    void setUp() {
        wuhu = new Institution("WUHU", "芜湖市教育考试院", "Wuhu", "芜湖", "Wuhu", "zikao-anhui");
        ReflectionTestUtils.setField(wuhu, "id", 1L);
        Institution hefei = new Institution("HEFEI", "合肥市教育考试院", "Hefei", "合肥", "Hefei", "zikao-anhui");
        ReflectionTestUtils.setField(hefei, "id", 2L);
        candidate = Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, "11010519491231002X"),
                new MobileNumber("13800138000"), wuhu, "{noop}x", NOW);
        ReflectionTestUtils.setField(candidate, "id", 10L);
        reviewer = Account.reviewer("rev", "审核员", "{noop}x", wuhu, null, NOW);
        otherReviewer = Account.reviewer("other", "合肥审核员", "{noop}x", hefei, null, NOW);
        photo = new CandidatePhoto(candidate);
    }

    PhotoUpload upload(Verdict v) {
        return new PhotoUpload(candidate, NOW, UploadSource.UPLOADED, "a.jpg", "zikao-anhui", null, v, "{}", null);
    }

    @Test
    void goesFromUploadToSubmittedToApproved() {
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.NONE);
        photo.replace(upload(Verdict.PASS), OPEN, NOW);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        photo.submit(OPEN, NOW);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(photo.getSubmittedAt()).isEqualTo(NOW);
        photo.approve(reviewer, NOW.plusSeconds(60));
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(photo.getDecidedBy()).isSameAs(reviewer);
    }

    @Test
    void aRejectedPhotoIsReplacedAndSubmittedAgain() {
        photo.replace(upload(Verdict.FAIL), OPEN, NOW);
        photo.submit(OPEN, NOW);
        photo.reject(reviewer, RejectReason.EYES, "眼睛太低", NOW);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(photo.getRejectReason()).isEqualTo(RejectReason.EYES);
        assertThat(photo.getRejectText()).isEqualTo("眼睛太低");
        refuses(() -> photo.submit(OPEN, NOW), "photo.error.nothing_to_submit");
        photo.replace(upload(Verdict.PASS), OPEN, NOW);
        photo.submit(OPEN, NOW);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(photo.getRejectReason()).isNull();
    }

    @Test
    void replacingASubmittedPhotoTakesItBackToDraft() {
        photo.replace(upload(Verdict.PASS), OPEN, NOW);
        photo.submit(OPEN, NOW);
        photo.replace(upload(Verdict.WARNINGS), OPEN, NOW);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(photo.getSubmittedAt()).isNull();
    }

    @Test
    void refusesEveryIllegalChange() {
        refuses(() -> photo.submit(OPEN, NOW), "photo.error.nothing_to_submit");
        refuses(() -> photo.approve(reviewer, NOW), "review.error.not_pending");
        photo.replace(upload(Verdict.PASS), OPEN, NOW);
        refuses(() -> photo.approve(reviewer, NOW), "review.error.not_pending");
        photo.submit(OPEN, NOW);
        refuses(() -> photo.submit(OPEN, NOW), "photo.error.already_submitted");
        photo.approve(reviewer, NOW);
        refuses(() -> photo.approve(reviewer, NOW), "review.error.already_decided");
        refuses(() -> photo.reject(reviewer, RejectReason.OTHER, "x", NOW), "review.error.already_decided");
        refuses(() -> photo.replace(upload(Verdict.PASS), OPEN, NOW), "photo.error.approved");
    }

    @Test
    void anUnreadableFileCannotBeSubmitted() {
        photo.replace(upload(Verdict.UNREADABLE), OPEN, NOW);
        refuses(() -> photo.submit(OPEN, NOW), "photo.error.unreadable");
    }

    @Test
    void nothingMovesAfterTheDeadline() {
        UploadWindow closed = new UploadWindow(NOW);
        refuses(() -> photo.replace(upload(Verdict.PASS), closed, NOW), "photo.error.deadline");
        photo.replace(upload(Verdict.PASS), new UploadWindow(NOW.plusSeconds(1)), NOW);
        refuses(() -> photo.submit(closed, NOW), "photo.error.deadline");
    }

    @Test
    void aRejectionNeedsAReasonAndForOtherASentence() {
        photo.replace(upload(Verdict.FAIL), OPEN, NOW);
        photo.submit(OPEN, NOW);
        refuses(() -> photo.reject(reviewer, null, "x", NOW), "review.error.reason");
        refuses(() -> photo.reject(reviewer, RejectReason.OTHER, "  ", NOW), "review.error.text");
        refuses(() -> photo.reject(reviewer, RejectReason.OTHER, "x".repeat(501), NOW), "decision.error.reason_long");
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.PENDING);
        photo.reject(reviewer, RejectReason.FILE_SIZE, null, NOW);
        assertThat(photo.getRejectText()).isNull();
    }

    @Test
    void aReviewerOfAnotherInstitutionCannotDecide() {
        photo.replace(upload(Verdict.PASS), OPEN, NOW);
        photo.submit(OPEN, NOW);
        assertThatThrownBy(() -> photo.approve(otherReviewer, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(photo.getStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    private static void refuses(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo(key);
    }
}
