package org.gradphoto.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.portal.PortalTime;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.ApiKeys;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.collection.records.Gender;
import org.gradphoto.portal.collection.records.RecordDetails;
import org.gradphoto.portal.collection.records.StudentRecord;
import org.gradphoto.portal.collection.records.StudentRecordRepository;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.MajorRepository;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.reference.SubstitutionRepository;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.CourseResultRepository;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.ExamTicketRepository;
import org.gradphoto.portal.contact.ContactDirectory;
import org.gradphoto.portal.contact.ContactEntry;
import org.gradphoto.portal.contact.ContactKind;
import org.gradphoto.portal.notice.Notices;
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

    public static final String SCHOOL = "school";
    public static final String SCHOOL_PASSWORD = "School2026";
    public static final String FEATURE_CODE = "F62D3D86";
    public static final String PROVINCE = "province";
    public static final String PROVINCE_PASSWORD = "Province2026";

    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final MajorRepository majors;
    private final SubstitutionRepository substitutions;
    private final ExamTicketRepository tickets;
    private final CourseResultRepository results;
    private final ExamRoundRepository rounds;
    private final StudentRecordRepository records;
    private final ContactDirectory contacts;
    private final Notices notices;

    public DemoData(InstitutionRepository institutions, AccountRepository accounts, PasswordEncoder encoder, Clock clock,
            MajorRepository majors, SubstitutionRepository substitutions, ExamTicketRepository tickets,
            CourseResultRepository results, ExamRoundRepository rounds, StudentRecordRepository records,
            ContactDirectory contacts, Notices notices) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.majors = majors;
        this.substitutions = substitutions;
        this.tickets = tickets;
        this.results = results;
        this.rounds = rounds;
        this.records = records;
        this.contacts = contacts;
        this.notices = notices;
    }

    /**
     * A 本科 accounting plan with 13000 英语（专升本） (CET exemption, Anhui) and 00023 高等数学（工本） (substituted by
     * 00020), the demo candidate's results on one ticket, and a round open for 60 days.
     */
    private void graduation(Instant now) {
        var accounting = new Major("B020204", "会计", Level.BENKE, "会计", 27, false);
        accounting.plan("13000", "英语（专升本）", 7, true);
        accounting.plan("00023", "高等数学（工本）", 10, false);
        accounting.plan("00155", "中级财务会计", 6, false);
        accounting.plan("03709", "马克思主义基本原理概论", 4, true);
        majors.save(accounting);
        var zk = new Major("C020203", "会计", Level.ZHUANKE, "会计", 10, false);
        zk.plan("00012", "英语（一）", 7, true);
        zk.plan("00155", "中级财务会计", 6, false);
        majors.save(zk);
        substitutions.save(new Substitution(null, "00023", "00020", "高等数学（一）"));
        var ticket = tickets.save(new ExamTicket("340201100001", CANDIDATE_ID, "张三"));
        results.save(new CourseResult(ticket, "00155", "中级财务会计", 6, 72, true, "2025-10"));
        results.save(new CourseResult(ticket, "03709", "马克思主义基本原理概论", 4, 65, true, "2025-04"));
        results.save(new CourseResult(ticket, "00020", "高等数学（一）", 6, 70, true, "2024-10"));
        LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
        ExamRound.Half half = today.getMonthValue() <= 6 ? ExamRound.Half.SPRING : ExamRound.Half.AUTUMN;
        rounds.save(new ExamRound(today.getYear(), half, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60))));
    }

    /**
     * 长沙理工大学 (10536) with its branch college 城南学院 (13635), feature code F62D3D86, its photo office, and three
     * records: 张三 (the demo candidate's ID number, so the candidate can proofread), 李四 and 王五 (城南学院).
     */
    private void university(Instant now) {
        Institution main = new Institution("10536", "长沙理工大学", "Changsha University of Science and Technology", "长沙", "Changsha",
                "chsi-2017");
        main.useFeatureCode(FEATURE_CODE);
        main = institutions.save(main);
        Institution branch = new Institution("13635", "长沙理工大学城南学院", "Chengnan College, CSUST", "长沙", "Changsha", "chsi-2017");
        branch.branchOf(main);
        branch.useFeatureCode(FEATURE_CODE);
        institutions.save(branch);
        accounts.save(Account.schoolAdmin(SCHOOL, "长沙理工大学学籍管理科", encoder.encode(SCHOOL_PASSWORD), main, now));
        records.save(new StudentRecord(main, new RecordDetails("10536", "张三", Gender.MALE,
                new PersonalId(IdType.RESIDENT_ID_CARD, CANDIDATE_ID), "201101010101", "土木工程", "土木1101", "本科", 2026)));
        records.save(new StudentRecord(main, new RecordDetails("10536", "李四", Gender.MALE,
                new PersonalId(IdType.RESIDENT_ID_CARD, IdNumber.complete("43010220040315001").value()), "201101010102", "土木工程",
                "土木1101", "本科", 2026)));
        records.save(new StudentRecord(main, new RecordDetails("13635", "王五", Gender.FEMALE,
                new PersonalId(IdType.RESIDENT_ID_CARD, IdNumber.complete("43010220040512002").value()), "201113010201", "交通工程",
                "交通1102", "本科", 2026)));
    }

    /** Seed 001 附件4: 各地（州、市）教育考试机构联系电话, as the directory starts. */
    private void xinjiangOffices() {
        String[][] offices = {{"乌鲁木齐市", "0991-8810121"}, {"石河子市", "0993-2014409"},
            {"克拉玛依市", "0990-6223591、0990-6222947"}, {"奎屯市", "0992-3258533"}, {"昌吉州", "0994-2343769"},
            {"博州", "0909-2319273"}, {"塔城地区", "0901-6222139"}, {"阿勒泰地区", "0906-2122798"},
            {"吐鲁番市", "0995-8520238"}, {"哈密市", "0902-2255504"}, {"巴州", "0996-2031063"},
            {"阿克苏地区", "0997-2530851"}, {"克州", "0908-7625029、0908-7625000"}, {"喀什地区", "0998-2313360"},
            {"和田地区", "0903-7862032"}, {"伊犁州", "0999-8290040"}};
        for (String[] o : offices) {
            contacts.add(new ContactEntry(ContactKind.EXAM_OFFICE, o[0] + "教育考试机构", o[1], null, null));
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        Institution wuhu = new Institution("AH-WUHU", "芜湖市教育考试院", "Wuhu Education Examination Authority",
                "芜湖", "Wuhu", "zikao-anhui");
        wuhu.useExemptionRules("anhui");
        wuhu = institutions.save(wuhu);
        Institution hefei = new Institution("AH-HEFEI", "合肥市教育考试院", "Hefei Education Examination Authority",
                "合肥", "Hefei", "zikao-anhui");
        hefei.useExemptionRules("anhui");
        institutions.save(hefei);
        institutions.save(new Institution("DEMO-UNIV", "示例大学", "Demo University", "北京", "Beijing", "chsi-2017"));
        var now = clock.instant();
        accounts.save(Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, CANDIDATE_ID),
                new MobileNumber("13800138000"), wuhu, encoder.encode(CANDIDATE_PASSWORD), now));
        accounts.save(Account.reviewer(REVIEWER, "芜湖审核员", encoder.encode(REVIEWER_PASSWORD), wuhu, null, now));
        Account admin = accounts.save(Account.staff(ADMIN, "管理员", Role.ADMIN, encoder.encode(ADMIN_PASSWORD), now));
        accounts.save(Account.staff(API, "学校系统", Role.API, ApiKeys.hash(API_KEY), now));
        accounts.save(Account.staff(PROVINCE, "省教育招生考试院", Role.PROVINCE, encoder.encode(PROVINCE_PASSWORD), now));
        graduation(now);
        university(now);
        xinjiangOffices();
        notices.publishToEveryone(admin.getId(), "关于做好毕业生电子注册图像线上采集工作的通知",
                "毕业生须按《高等教育学历证书电子注册图像采集规范及信息标准》上传本人近期免冠正面证件照片，"
                        + "照片经审核通过后用于学历证书电子注册。\n\n上传前请先阅读“照片要求”和“常见问题”；"
                        + "照片不符合要求时，系统会说明原因，能自动修正的会给出修正后的照片。\n\n"
                        + "有疑问请联系所在地考试机构，联系电话见“联系方式”。");
        LOG.info("demo data: candidate {} / {}, reviewer {} / {}, admin {} / {}, API {} / {}, province " + PROVINCE + " / "
                        + PROVINCE_PASSWORD + ", school " + SCHOOL + " / " + SCHOOL_PASSWORD,
                new PersonalId(IdType.RESIDENT_ID_CARD, CANDIDATE_ID).masked(), CANDIDATE_PASSWORD, REVIEWER,
                REVIEWER_PASSWORD, ADMIN, ADMIN_PASSWORD, API, API_KEY);
    }
}
