package org.gradphoto.portal.graduation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.MobileNumber;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.round.ExamRound;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.springframework.test.util.ReflectionTestUtils;

/** Plain objects for the domain tests: a candidate of 芜湖, reviewers, a 本科 accounting plan, a spring round. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final String ID = "11010519491231002X";

    private Fixtures() {
    }

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    static Institution wuhu() {
        return withId(new Institution("WUHU", "芜湖市教育考试院", "Wuhu", "芜湖", "Wuhu", "zikao-anhui"), 1L);
    }

    static Account candidate(Institution i) {
        return withId(Account.candidate("张三", new PersonalId(IdType.RESIDENT_ID_CARD, ID), new MobileNumber("13800138000"), i,
                "{noop}x", NOW), 10L);
    }

    static Account city(Institution i) {
        return withId(Account.reviewer("city", "市考试院", "{noop}x", i, null, NOW), 20L);
    }

    static Account province() {
        return withId(Account.staff("province", "省考试院", Role.PROVINCE, "{noop}x", NOW), 30L);
    }

    static ExamRound spring(int year) {
        return withId(new ExamRound(year, ExamRound.Half.SPRING, LocalDate.of(year, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(year, 4, 10).atStartOfDay().toInstant(ZoneOffset.UTC)), 100L);
    }

    static ExamRound autumn(int year) {
        return withId(new ExamRound(year, ExamRound.Half.AUTUMN, LocalDate.of(year, 9, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(year, 10, 10).atStartOfDay().toInstant(ZoneOffset.UTC)), 101L);
    }

    /** 本科 accounting: 英语（专升本） 13000, 高等数学（工本） 00023, 中级财务会计 00155, 马克思主义基本原理概论 03709. */
    static Major accounting() {
        Major m = withId(new Major("B020204", "会计", Level.BENKE, "会计", 20, false), 200L);
        m.plan("13000", "英语（专升本）", 7, true);
        m.plan("00023", "高等数学（工本）", 10, false);
        m.plan("00155", "中级财务会计", 6, false);
        m.plan("03709", "马克思主义基本原理概论", 4, true);
        return m;
    }

    static ExamTicket ticket() {
        return withId(new ExamTicket("340201100001", ID, "张三"), 300L);
    }

    static List<CourseResult> results(ExamTicket t) {
        return List.of(
                new CourseResult(t, "00155", "中级财务会计", 6, 72, true, "2025-10"),
                new CourseResult(t, "03709", "马克思主义基本原理概论", 4, 65, true, "2025-04"),
                new CourseResult(t, "00020", "高等数学（一）", 6, 70, true, "2024-10"),
                new CourseResult(t, "00015", "英语（二）", 14, 45, false, "2025-10"));
    }

    static StoredFile file(String key) {
        return new StoredFile(key, "0".repeat(64), 1000, "application/pdf", NOW);
    }
}
