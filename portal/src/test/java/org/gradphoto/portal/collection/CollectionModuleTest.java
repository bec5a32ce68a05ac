package org.gradphoto.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.portal.TestData;
import org.gradphoto.portal.collection.school.SchoolAuditRepository;
import org.gradphoto.portal.collection.school.SchoolCodes;
import org.gradphoto.portal.collection.school.SchoolData;
import org.gradphoto.portal.collection.school.SchoolService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The collection module started alone with the modules it uses (account, files, photo, table, web): a student
 * collects a photo online with a code, and the submission reaches the school's audit trail as an event whose
 * publication the registry keeps in the same database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({TestData.class, SchoolData.class})
class CollectionModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SchoolData data;
    @Autowired
    SchoolService schools;
    @Autowired
    SchoolCodes schoolCodes;
    @Autowired
    OnlineCollection online;
    @Autowired
    CollectionCodeRepository codes;
    @Autowired
    SchoolAuditRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications publications;

    @Test
    void startsWithoutTheGraduationAndAdminModules() {
        assertThat(context.containsBean("onlineCollection")).isTrue();
        assertThat(context.containsBean("graduationService")).isFalse();
        assertThat(context.containsBean("adminService")).isFalse();
    }

    @Test
    void anOnlineSubmissionReachesTheSchoolsAuditTrailThroughACompletedEventPublication() {
        SchoolData.School s = data.school();
        anOnlineSubmission(s);

        // the listener runs after the commit, on another thread
        await().atMost(Duration.ofSeconds(10)).until(() -> onlineSubmissions(s) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from event_publication "
                + "where event_type = ? and completion_date is null", Integer.class, SchoolActivity.class.getName()) == 0);
        Integer incomplete = jdbc.queryForObject("select count(*) from event_publication where event_type = ? "
                + "and completion_date is null", Integer.class, SchoolActivity.class.getName());
        Integer complete = jdbc.queryForObject("select count(*) from event_publication where event_type = ? "
                + "and completion_date is not null", Integer.class, SchoolActivity.class.getName());
        assertThat(incomplete).isZero();
        assertThat(complete).isPositive();
    }

    @Test
    void anAuditLineACrashLeftUnwrittenIsWrittenWhenThePublicationIsResubmitted() {
        SchoolData.School s = data.school();
        anOnlineSubmission(s);
        await().atMost(Duration.ofSeconds(10)).until(() -> onlineSubmissions(s) == 1);
        Map<String, Object> done = jdbc.queryForMap("select listener_id, serialized_event from event_publication "
                + "where event_type = ? and serialized_event like ? order by publication_date desc limit 1",
                SchoolActivity.class.getName(), "%\"ownerId\":" + s.main().getId() + ",%");
        // what a node killed between the commit and the listener leaves: the publication, not completed
        UUID lost = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                + "values (?, ?, ?, ?, ?)", lost, done.get("listener_id"), SchoolActivity.class.getName(),
                done.get("serialized_event"), Timestamp.from(Instant.now()));
        assertThat(onlineSubmissions(s)).isEqualTo(1);

        publications.resubmitIncompletePublications(p -> p.getIdentifier().equals(lost));

        await().atMost(Duration.ofSeconds(10)).until(() -> onlineSubmissions(s) == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select completion_date from event_publication where id = ?", Timestamp.class, lost) != null);
    }

    /** One student imported, given a code, and collected online with a real photo. */
    private void anOnlineSubmission(SchoolData.School s) {
        var summary = schools.importRecords(s.office().getId(), SchoolData.recordsCsv(
                s.main().getCode() + ",李小红,女,," + SchoolData.id() + ",0002,土木工程,土木1101,本科,2026"), "学籍.csv");
        assertThat(summary.added()).isEqualTo(1);
        assertThat(schoolCodes.issueCodes(s.office().getId(), 30)).isEqualTo(1);
        CollectionCode code = schoolCodes.codes(s.office().getId()).get(0);
        OnlineCollection.Holder holder = online.open(code.getCode(), s.featureCode());
        CollectedPhoto draft = online.upload(holder.codeId(), Engines.compliant("idpass/sample_id_3.png"), "me.jpg");
        online.submit(holder.codeId(), draft.getId());
    }

    private long onlineSubmissions(SchoolData.School s) {
        return audit.findTop200ByOwnerOrderByIdDesc(s.main()).stream().filter(a -> a.getAction().equals("ONLINE_SUBMIT")).count();
    }
}
