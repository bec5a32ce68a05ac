package org.gradphoto.engine.rules.accessories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/** ACC_JEWELLERY is not measured yet: it must say so, never pass a photo silently. */
class JewelleryRuleTest {

    private static final String ID = JewelleryRule.ID;

    @Test
    void asksTheCandidateAndTheReviewerToLookForEarringsOnARealPhotoWithEarrings() {
        // labelled: gold earrings (u2net_img_1588)
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("labelled/u2net_img_1588.png")), "earrings.png");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(r.messageZh()).isEqualTo("未自动检测：请确认没有佩戴耳环、项链等饰品，审核人员会目视检查。");
        assertThat(r.messageEn()).contains("the reviewer looks for them");
    }

    @Test
    void neverPassesACompliantPhotoSilently() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(r.passed()).isFalse();
        assertThat(r.failed()).isFalse();
    }

    @Test
    void namesHairClipsWhereTheProfileForbidsThem() {
        // seed 004: 不得佩戴帽子、耳环、项链、发卡等夸张饰品
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg",
                Profiles.get("adult-online-2024"));
        assertThat(r.messageZh()).contains("发卡");
        assertThat(rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg").messageZh()).doesNotContain("发卡");
    }

    @Test
    void saysThereIsNoFaceWhenThereIsNone() {
        byte[] wall = Pictures.jpeg(new Mat(640, 480, CvType.CV_8UC3, new Scalar(250, 250, 250)), 90, 300);
        RuleResult r = rule(ID, wall, "wall.jpg");
        assertThat(r.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(r.messageZh()).contains("没有可用的人脸");
    }
}
