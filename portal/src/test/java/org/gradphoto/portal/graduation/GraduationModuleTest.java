package org.gradphoto.portal.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.graduation.prior.PriorDegree;
import org.gradphoto.portal.graduation.prior.PriorDegreeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The graduation module started alone with the modules it uses (account, decision, files, photo, table, web): a
 * candidate records a prior degree and the city office verifies it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestData.class)
class GraduationModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    PriorDegreeService priors;
    @Autowired
    OfficeService office;

    @Test
    void startsWithoutTheCollectionAndAdminModules() {
        assertThat(context.containsBean("graduationService")).isTrue();
        assertThat(context.containsBean("onlineCollection")).isFalse();
        assertThat(context.containsBean("adminService")).isFalse();
    }

    @Test
    void theCityOfficeVerifiesAPriorDegreeACandidateRecorded() {
        Institution city = data.institution("芜湖");
        Account candidate = data.candidate(city);
        Account reviewer = data.reviewer(city);
        PriorDegree p = priors.recordPriorDegree(candidate.getId(), PriorDegree.Kind.DIPLOMA, "安徽商贸职业技术学院",
                "1234567890123", LocalDate.of(2015, 6, 30), GraduationData.PDF);
        assertThat(office.pendingPriorDegrees(reviewer.getId())).extracting(PriorDegree::getId).contains(p.getId());
        office.decidePriorDegree(reviewer.getId(), p.getId(), p.getVersion(), true, null);
        assertThat(priors.priorDegree(candidate.getId()).orElseThrow().getStatus()).isEqualTo(PriorDegree.Status.VERIFIED);
    }
}
