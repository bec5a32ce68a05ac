package org.gradphoto.portal.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.gradphoto.portal.PortalTest;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.graduation.GraduationData.Applicant;
import org.gradphoto.portal.graduation.GraduationData.World;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spring round's fresh-graduate exception (seed 002 附件2): the application is saved on the school's
 * certificate, and lapses on 2 July unless the diploma was verified by 1 July; nobody else's application lapses.
 */
@PortalTest
class FreshGraduateLapseTest {

    @Autowired
    GraduationData data;
    @Autowired
    GraduationService graduation;
    @Autowired
    OfficeService office;
    @Autowired
    GraduationApplicationRepository applications;
    @Autowired
    PriorDegreeRepository priors;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    @Test
    void anUnverifiedFreshGraduatesApplicationLapsesAfterFirstJulyAndNoOtherDoes() throws Exception {
        World w = data.world();
        int year = w.round().getYear();
        Applicant student = data.freshGraduate(w, "3497" + w.ticket().getNumber().substring(4));
        GraduationApplication fresh = data.completeApplication(w, student.candidate(), student.ticket());
        graduation.submit(student.candidate().getId(), fresh.getId());
        GraduationApplication regular = data.completeApplication(w, w.candidate(), w.ticket());
        graduation.submit(w.candidate().getId(), regular.getId());
        assertThat(status(fresh)).as("saved on the school's certificate").isEqualTo(AppStatus.ACCEPTED);

        office.lapseOverdue(LocalDate.of(year, 7, 1));
        assertThat(status(fresh)).as("1 July is still in time").isEqualTo(AppStatus.ACCEPTED);

        office.lapseOverdue(LocalDate.of(year, 7, 2));
        assertThat(status(fresh)).isEqualTo(AppStatus.LAPSED);
        assertThat(status(regular)).isEqualTo(AppStatus.ACCEPTED);
        GraduationApplication lapsed = tx.execute(s -> {
            GraduationApplication a = applications.findById(fresh.getId()).orElseThrow();
            a.getDecisions().size();
            return a;
        });
        ApplicationDecision last = lapsed.getDecisions().get(lapsed.getDecisions().size() - 1);
        assertThat(last.getFrom()).isEqualTo(AppStatus.ACCEPTED);
        assertThat(last.getReason()).isEqualTo("prior.error.lapsed");
        assertThat(last.getActor()).as("the system").isNull();

        String page = mvc.perform(get("/me/graduation/applications/" + fresh.getId()).with(user(TestData.user(student.candidate()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已失效", "应届毕业生未在 7 月 1 日前完成前置学历核验，申请已失效。");
    }

    @Test
    void aFreshGraduateWhoseDiplomaWasVerifiedInTimeDoesNotLapse() {
        World w = data.world();
        Applicant student = data.freshGraduate(w, "3496" + w.ticket().getNumber().substring(4));
        GraduationApplication a = data.completeApplication(w, student.candidate(), student.ticket());
        graduation.submit(student.candidate().getId(), a.getId());
        PriorDegree degree = priors.latest(student.candidate()).orElseThrow();
        office.decidePriorDegree(w.city().getId(), degree.getId(), degree.getVersion(), true, null);

        office.lapseOverdue(LocalDate.of(w.round().getYear(), 7, 2));
        assertThat(status(a)).isEqualTo(AppStatus.ACCEPTED);
    }

    AppStatus status(GraduationApplication a) {
        return applications.findById(a.getId()).orElseThrow().getStatus();
    }
}
