package org.gradphoto.portal.graduation.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gradphoto.portal.graduation.exemption.Level;
import org.gradphoto.portal.graduation.ticket.CourseResult;
import org.gradphoto.portal.graduation.ticket.CourseResultRepository;
import org.gradphoto.portal.graduation.ticket.ExamTicket;
import org.gradphoto.portal.graduation.ticket.ExamTicketRepository;
import org.gradphoto.portal.table.RowCheck;
import org.gradphoto.portal.table.RowProblem;
import org.gradphoto.portal.table.Table;
import org.gradphoto.portal.table.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports reference data from an Excel or CSV file: every row checked first (codes, numbers, levels, ID numbers,
 * duplicates in the file, references to majors, one person per ticket); if any row has a problem nothing is
 * imported and the report lists them all; otherwise every row is written in one transaction (existing majors,
 * courses and results are updated, a result only by a better one).
 */
@Service
public class ReferenceImport {

    private static final List<String> MAJOR = List.of("专业代码", "major_code", "major");
    private static final List<String> MAJOR_NAME = List.of("专业名称", "major_name", "name");
    private static final List<String> LEVEL = List.of("层次", "level");
    private static final List<String> CATEGORY = List.of("专业类别", "类别", "category");
    private static final List<String> MIN_CREDITS = List.of("最低总学分", "最低学分", "min_credits");
    private static final List<String> INTERNSHIP = List.of("实习鉴定", "需要实习鉴定", "internship");
    private static final List<String> COURSE = List.of("课程代码", "course_code");
    private static final List<String> COURSE_NAME = List.of("课程名称", "course_name");
    private static final List<String> CREDITS = List.of("学分", "credits");
    private static final List<String> PUBLIC_BASIC = List.of("公共基础课", "public_basic");
    private static final List<String> SUB_CODE = List.of("替代课程代码", "substitute_code");
    private static final List<String> SUB_NAME = List.of("替代课程名称", "substitute_name");
    private static final List<String> TICKET = List.of("准考证号", "ticket");
    private static final List<String> ID = List.of("身份证号", "证件号码", "id_number");
    private static final List<String> NAME = List.of("姓名", "name");
    private static final List<String> SCORE = List.of("成绩", "score");
    private static final List<String> PASSED = List.of("是否合格", "合格", "passed");
    private static final List<String> MONTH = List.of("考试年月", "exam_month");

    private final MajorRepository majors;
    private final SubstitutionRepository substitutions;
    private final ExamTicketRepository tickets;
    private final CourseResultRepository results;

    public ReferenceImport(MajorRepository majors, SubstitutionRepository substitutions, ExamTicketRepository tickets,
            CourseResultRepository results) {
        this.majors = majors;
        this.substitutions = substitutions;
        this.tickets = tickets;
        this.results = results;
    }

    @Transactional
    public ImportReport importFile(ImportKind kind, byte[] bytes, String fileName) {
        Table t = TableReader.read(bytes, fileName);
        List<RowProblem> problems = new ArrayList<>();
        missingColumns(kind, t, problems);
        if (!problems.isEmpty()) {
            return new ImportReport(kind, t.rows().size(), 0, problems);
        }
        List<Runnable> writes = switch (kind) {
            case MAJORS -> majors(t, problems);
            case PLAN -> plan(t, problems);
            case SUBSTITUTIONS -> substitutions(t, problems);
            case RESULTS -> results(t, problems);
        };
        if (!problems.isEmpty()) {
            return new ImportReport(kind, t.rows().size(), 0, problems);
        }
        writes.forEach(Runnable::run);
        return new ImportReport(kind, t.rows().size(), t.rows().size(), List.of());
    }

    private static void missingColumns(ImportKind kind, Table t, List<RowProblem> problems) {
        List<List<String>> required = switch (kind) {
            case MAJORS -> List.of(MAJOR, MAJOR_NAME, LEVEL, CATEGORY, MIN_CREDITS);
            case PLAN -> List.of(MAJOR, COURSE, COURSE_NAME, CREDITS);
            case SUBSTITUTIONS -> List.of(COURSE, SUB_CODE, SUB_NAME);
            case RESULTS -> List.of(TICKET, ID, NAME, COURSE, COURSE_NAME, CREDITS, SCORE, MONTH);
        };
        for (List<String> col : required) {
            if (col.stream().noneMatch(t.headers()::contains)) {
                problems.add(new RowProblem(1, col.get(0), "缺少列“" + col.get(0) + "”", "missing column " + col.get(1)));
            }
        }
    }

    private List<Runnable> majors(Table t, List<RowProblem> problems) {
        List<Runnable> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : t.rows()) {
            Check c = new Check(r, problems);
            String code = c.majorCode(r.get(MAJOR));
            String name = c.text(MAJOR_NAME, 100);
            Level level = c.level(r.get(LEVEL));
            String category = c.text(CATEGORY, 30);
            Integer min = c.integer(MIN_CREDITS, 1, 300);
            boolean internship = c.yesNo(INTERNSHIP, false);
            if (code != null && !seen.add(code)) {
                c.fail(MAJOR, "专业代码在文件中重复", "major code repeated in the file");
            }
            if (c.ok()) {
                writes.add(() -> majors.findByCode(code).ifPresentOrElse(m -> m.update(name, level, category, min, internship),
                        () -> majors.save(new Major(code, name, level, category, min, internship))));
            }
        }
        return writes;
    }

    private List<Runnable> plan(Table t, List<RowProblem> problems) {
        List<Runnable> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Optional<Major>> known = new HashMap<>();
        for (Table.Row r : t.rows()) {
            Check c = new Check(r, problems);
            String majorCode = c.majorCode(r.get(MAJOR));
            Optional<Major> major = majorCode == null ? Optional.empty() : known.computeIfAbsent(majorCode, majors::findByCode);
            if (majorCode != null && major.isEmpty()) {
                c.fail(MAJOR, "专业不存在（请先导入专业）", "no such major (import the majors first)");
            }
            String code = c.courseCode(COURSE);
            String name = c.text(COURSE_NAME, 100);
            Integer credits = c.integer(CREDITS, 1, 30);
            boolean publicBasic = c.yesNo(PUBLIC_BASIC, false);
            if (majorCode != null && code != null && !seen.add(majorCode + "/" + code)) {
                c.fail(COURSE, "同一专业的课程在文件中重复", "course repeated for the major in the file");
            }
            if (c.ok()) {
                writes.add(() -> major.get().plan(code, name, credits, publicBasic));
            }
        }
        return writes;
    }

    private List<Runnable> substitutions(Table t, List<RowProblem> problems) {
        List<Runnable> writes = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Check c = new Check(r, problems);
            String majorCode = r.get(MAJOR);
            Optional<Major> major = majorCode.isEmpty() ? Optional.empty() : majors.findByCode(majorCode);
            if (!majorCode.isEmpty() && major.isEmpty()) {
                c.fail(MAJOR, "专业不存在", "no such major");
            }
            String code = c.courseCode(COURSE);
            String sub = c.courseCode(SUB_CODE);
            String subName = c.text(SUB_NAME, 100);
            if (code != null && code.equals(sub)) {
                c.fail(SUB_CODE, "课程不能替代它自己", "a course cannot stand in for itself");
            }
            if (c.ok()) {
                Major m = major.orElse(null);
                writes.add(() -> {
                    boolean exists = substitutions.forCourse(m, code).stream()
                            .anyMatch(s -> s.getSubstituteCode().equals(sub) && (s.getMajor() == null) == (m == null));
                    if (!exists) {
                        substitutions.save(new Substitution(m, code, sub, subName));
                    }
                });
            }
        }
        return writes;
    }

    private List<Runnable> results(Table t, List<RowProblem> problems) {
        List<Runnable> writes = new ArrayList<>();
        Map<String, String> personOfTicket = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : t.rows()) {
            Check c = new Check(r, problems);
            String ticket = c.ticket(TICKET);
            String id = c.idNumber(ID);
            String name = c.text(NAME, 60);
            String code = c.courseCode(COURSE);
            String courseName = c.text(COURSE_NAME, 100);
            Integer credits = c.integer(CREDITS, 1, 30);
            Integer score = c.integer(SCORE, 0, 100);
            String month = c.month(MONTH);
            boolean passed = c.yesNo(PASSED, score != null && score >= 60);
            if (ticket != null && id != null) {
                String other = personOfTicket.putIfAbsent(ticket, id);
                if (other != null && !other.equals(id)) {
                    c.fail(ID, "同一准考证号对应了不同的身份证号", "one ticket number with two ID numbers");
                }
                tickets.findByNumber(ticket).filter(x -> !x.getIdNumber().equals(id)).ifPresent(x ->
                        c.fail(ID, "该准考证号已属于另一身份证号", "this ticket number belongs to another ID number"));
            }
            if (ticket != null && code != null && !seen.add(ticket + "/" + code)) {
                c.fail(COURSE, "同一准考证号的课程在文件中重复", "course repeated for the ticket in the file");
            }
            if (c.ok()) {
                writes.add(() -> {
                    ExamTicket et = tickets.findByNumber(ticket).orElseGet(() -> tickets.save(new ExamTicket(ticket, id, name)));
                    results.findByTicketAndCourseCode(et, code).ifPresentOrElse(
                            x -> x.record(courseName, credits, score, passed, month),
                            () -> results.save(new CourseResult(et, code, courseName, credits, score, passed, month)));
                });
            }
        }
        return writes;
    }

    /** Checks the cells of one row, collecting its problems. */
    private static final class Check extends RowCheck {

        Check(Table.Row row, List<RowProblem> problems) {
            super(row, problems);
        }

        String majorCode(String v) {
            if (!v.matches("[A-Za-z0-9]{4,16}")) {
                fail(MAJOR, "专业代码应为 4-16 位字母或数字：" + v, "a major code is 4-16 letters or digits: " + v);
                return null;
            }
            return v.toUpperCase(Locale.ROOT);
        }

        String courseCode(List<String> col) {
            String v = row.get(col);
            if (!v.matches("\\d{5}")) {
                fail(col, "课程代码应为 5 位数字：" + v, "a course code is 5 digits: " + v);
                return null;
            }
            return v;
        }

        String ticket(List<String> col) {
            String v = row.get(col);
            if (!v.matches("\\d{8,20}")) {
                fail(col, "准考证号应为 8-20 位数字：" + v, "a ticket number is 8-20 digits: " + v);
                return null;
            }
            return v;
        }



        Level level(String v) {
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "专科", "ZHUANKE" -> Level.ZHUANKE;
                case "本科", "BENKE" -> Level.BENKE;
                default -> {
                    fail(LEVEL, "层次应为“专科”或“本科”：" + v, "level is 专科 or 本科: " + v);
                    yield null;
                }
            };
        }


        String month(List<String> col) {
            String v = row.get(col).replace('.', '-').replace('/', '-');
            if (v.matches("\\d{6}")) {
                v = v.substring(0, 4) + "-" + v.substring(4);
            }
            if (!v.matches("(19|20)\\d{2}-(0[1-9]|1[0-2])")) {
                fail(col, "考试年月应为 YYYY-MM：" + row.get(col), "exam month is YYYY-MM: " + row.get(col));
                return null;
            }
            return v;
        }
    }
}
