package org.gradphoto.portal.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a visitor reads before logging in: the landing page, the requirements with their examples, the questions. */
@PortalTest
class InfoPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ExamRoundRepository rounds;
    @Autowired
    PhotoEngine engine;

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static void noRuleId(String html) {
        for (String id : RuleCatalogue.ids()) {
            assertThat(html).as(id).doesNotContain(id);
        }
    }

    @Test
    void theLandingPageSaysWhatTheSystemDoesTheOpenRoundsAndWhereToReadFirst() throws Exception {
        // years no other test's rounds use (GraduationData takes 2030 on)
        for (String code : new String[] {"2028-2", "2029-1"}) {
            rounds.findByCode(code).ifPresent(rounds::delete);
        }
        ExamRound open = rounds.save(new ExamRound(2028, ExamRound.Half.AUTUMN, Instant.now().plus(Duration.ofDays(20)),
                Instant.now().plus(Duration.ofDays(40))));
        ExamRound closed = rounds.save(new ExamRound(2029, ExamRound.Half.SPRING, Instant.now().minus(Duration.ofDays(40)),
                Instant.now().minus(Duration.ofDays(20))));
        try {
            String html = page("/");
            assertThat(html).contains("学历证书电子注册图像采集", "上传照片后立即逐项检查", "2028 年下半年", "href=\"/requirements\"",
                    "href=\"/faq\"", "href=\"/register\"", "href=\"/collect\"", "id=\"home-login\"")
                    .doesNotContain("2029 年上半年");
            noRuleId(html);
            assertThat(page("/?lang=en")).contains("2028 autumn", "Photos for the electronic registration");
        } finally {
            rounds.delete(open);
            rounds.delete(closed);
        }
    }

    @Test
    void theRequirementsPageRendersTheProfileInWordsWithExamples() throws Exception {
        String html = page("/requirements");
        assertThat(html).contains("宽 480 像素、高 640 像素，分辨率 300 dpi", "文件大小 20KB 至 40KB，压缩品质不低于 60",
                "头顶距照片上边 50 至 110 像素", "眼睛距照片上边 200 至 300 像素", "180 至 300 像素", "白色 RGB(255, 255, 255)",
                "浅蓝色 RGB(100, 197, 255)", "不得佩戴耳环、项链等饰品", "/examples/good-white.jpg", "/examples/bad-tilted.jpg",
                "头部歪斜，双眼不水平");
        noRuleId(html);
        // another profile: Xinjiang takes white only
        assertThat(page("/requirements?profile=zikao-xinjiang")).contains("白色 RGB(255, 255, 255)").doesNotContain("浅蓝色 RGB");
        // an unknown profile is the default, not an error
        assertThat(page("/requirements?profile=../../etc/passwd")).contains("浅蓝色 RGB(100, 197, 255)");
    }

    @Test
    void theExamplesShowWhatTheirCaptionsSay() throws IOException {
        var profile = Profiles.get(Profiles.DEFAULT);
        assertThat(check("good-white.jpg", profile).verdict()).isEqualTo(Verdict.PASS);
        assertThat(check("good-blue.jpg", profile).verdict()).isEqualTo(Verdict.PASS);
        assertThat(failed(check("bad-background.jpg", profile))).containsExactly("BG_COLOR");
        assertThat(failed(check("bad-small.jpg", profile))).containsExactly("GEOM_CROWN", "GEOM_EYES", "GEOM_FACE_WIDTH");
        assertThat(failed(check("bad-tilted.jpg", profile))).containsExactly("GEOM_EYES_LEVEL");
    }

    Inspection check(String name, org.gradphoto.engine.profile.Profile profile) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/static/examples/" + name)) {
            return engine.inspect(in.readAllBytes(), name, profile);
        }
    }

    static java.util.List<String> failed(Inspection in) {
        return in.results().stream().filter(RuleResult::rejects).map(RuleResult::id).toList();
    }

    @Test
    void theQuestionsGiveThePublishedErrorKindsAndHowToUseTheFix() throws Exception {
        String html = page("/faq");
        assertThat(html).contains("图片过大或过小", "双眼需水平/眼睛过高或过低", "没有检测到脸部关键点", "照片文件不规范",
                "将文件大小调整在20KB至40KB之间", "怎样使用“自动修正”", "“合格（有提示）”是什么意思");
        noRuleId(html);
    }
}
