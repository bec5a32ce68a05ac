package org.gradphoto.portal.demo;

import java.time.Clock;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.ApiKeys;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.institution.Institution;
import org.gradphoto.portal.institution.InstitutionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database (the embedded run), three institutions and one account of each role, so the portal can be
 * tried at once. The logins are in the README; never enabled in production configuration.
 */
@Component
@ConditionalOnProperty(name = "gradphoto.demo", havingValue = "true")
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    public static final String CANDIDATE_ID = "11010519491231002X";
    public static final String CANDIDATE_PASSWORD = "Photo2026";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEWER_PASSWORD = "Review2026";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin2026";
    public static final String API = "api";
    public static final String API_KEY = "gp-demo-7c41d9e2b8a64f05";

    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public DemoData(InstitutionRepository institutions, AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        Institution wuhu = institutions.save(new Institution("AH-WUHU", "芜湖市教育考试院", "Wuhu Education Examination Authority",
                "芜湖", "Wuhu", "zikao-anhui"));
        institutions.save(new Institution("AH-HEFEI", "合肥市教育考试院", "Hefei Education Examination Authority",
                "合肥", "Hefei", "zikao-anhui"));
        institutions.save(new Institution("DEMO-UNIV", "示例大学", "Demo University", "北京", "Beijing", "chsi-2017"));
        var now = clock.instant();
        accounts.save(Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, CANDIDATE_ID),
                new MobileNumber("13800138000"), wuhu, encoder.encode(CANDIDATE_PASSWORD), now));
        accounts.save(Account.reviewer(REVIEWER, "芜湖审核员", encoder.encode(REVIEWER_PASSWORD), wuhu, null, now));
        accounts.save(Account.staff(ADMIN, "管理员", Role.ADMIN, encoder.encode(ADMIN_PASSWORD), now));
        accounts.save(Account.staff(API, "学校系统", Role.API, ApiKeys.hash(API_KEY), now));
        LOG.info("demo data: candidate {} / {}, reviewer {} / {}, admin {} / {}, API {} / {}",
                new PersonalId(IdType.RESIDENT_ID_CARD, CANDIDATE_ID).masked(), CANDIDATE_PASSWORD, REVIEWER,
                REVIEWER_PASSWORD, ADMIN, ADMIN_PASSWORD, API, API_KEY);
    }
}
