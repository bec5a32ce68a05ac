package org.gradphoto.portal.collection.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gradphoto.portal.account.IdType;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.account.PersonalId;
import org.gradphoto.portal.table.RowCheck;
import org.gradphoto.portal.table.RowProblem;
import org.gradphoto.portal.table.Table;
import org.gradphoto.portal.table.TableReader;

/**
 * Reads a school's student records (学籍) from Excel or CSV: every row checked (school code of this school or
 * one of its branches, name, gender, ID type and number, student number, major, level, graduation year); when a
 * row has a problem nothing is imported. A record is known by school code and student number: importing it
 * again corrects it (as 勘误, the student proofreads it again). One person under two student numbers is allowed
 * and shows as a duplicate record to resolve (adult and online education have them).
 */
public final class RecordImport {

    static final List<String> SCHOOL_CODE = List.of("院校代码", "学校代码", "school_code");
    static final List<String> NAME = List.of("姓名", "name");
    static final List<String> GENDER = List.of("性别", "gender");
    static final List<String> ID_TYPE = List.of("证件类型", "id_type");
    static final List<String> ID_NUMBER = List.of("证件号码", "身份证号", "id_number");
    static final List<String> STUDENT_NUMBER = List.of("学号", "student_number");
    static final List<String> MAJOR = List.of("专业", "专业名称", "major");
    static final List<String> CLASS = List.of("班级", "class");
    static final List<String> LEVEL = List.of("层次", "level");
    static final List<String> YEAR = List.of("毕业年份", "毕业年度", "graduation_year");

    /** The template's headers. */
    public static final List<String> HEADERS = List.of("院校代码", "姓名", "性别", "证件类型", "证件号码", "学号", "专业", "班级", "层次",
            "毕业年份");

    private RecordImport() {
    }

    /** A checked row: the record's details. */
    public record Row(int number, RecordDetails details) {
    }

    /** The rows, or the problems (then no rows). */
    public record Result(int rowsRead, List<Row> rows, List<RowProblem> problems) {
    }

    /** Checks the file against the school and the codes it may use (its own and its branches'). */
    public static Result read(byte[] bytes, String fileName, Set<String> schoolCodes) {
        Table t = TableReader.read(bytes, fileName);
        List<RowProblem> problems = new ArrayList<>();
        for (List<String> col : List.of(SCHOOL_CODE, NAME, GENDER, ID_NUMBER, STUDENT_NUMBER, MAJOR, LEVEL, YEAR)) {
            if (col.stream().noneMatch(t.headers()::contains)) {
                problems.add(new RowProblem(1, col.get(0), "缺少列“" + col.get(0) + "”", "missing column " + col.get(col.size() - 1)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(t.rows().size(), List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : t.rows()) {
            RowCheck c = new RowCheck(r, problems);
            String school = r.get(SCHOOL_CODE);
            if (!schoolCodes.contains(school)) {
                c.fail(SCHOOL_CODE, "院校代码不属于本校（可用：" + String.join("、", schoolCodes) + "）：" + school,
                        "school code not of this school (allowed: " + String.join(", ", schoolCodes) + "): " + school);
            }
            String name = c.text(NAME, 60);
            Gender gender = Gender.parse(r.get(GENDER)).orElse(null);
            if (gender == null) {
                c.fail(GENDER, "性别应为“男”或“女”：" + r.get(GENDER), "gender is 男 or 女: " + r.get(GENDER));
            }
            PersonalId id = personalId(c, r);
            String number = c.text(STUDENT_NUMBER, 30);
            String major = c.text(MAJOR, 100);
            String level = c.text(LEVEL, 16);
            Integer year = c.integer(YEAR, 1950, 2100);
            String className = r.get(CLASS);
            if (className.length() > 60) {
                c.fail(CLASS, "超过 60 个字", "longer than 60 characters");
            }
            if (number != null && !seen.add(school + "/" + number)) {
                c.fail(STUDENT_NUMBER, "同一院校的学号在文件中重复", "student number repeated for the school in the file");
            }
            if (c.ok()) {
                rows.add(new Row(r.number(), new RecordDetails(school, name, gender, id, number, major, className, level, year)));
            }
        }
        return problems.isEmpty() ? new Result(t.rows().size(), rows, List.of()) : new Result(t.rows().size(), List.of(), problems);
    }

    private static PersonalId personalId(RowCheck c, Table.Row r) {
        String typeText = r.get(ID_TYPE);
        IdType type = typeText.isEmpty() ? IdType.RESIDENT_ID_CARD : java.util.Arrays.stream(IdType.values())
                .filter(x -> x.zh().equals(typeText) || x.name().equalsIgnoreCase(typeText)).findFirst().orElse(null);
        if (type == null) {
            c.fail(ID_TYPE, "证件类型无法识别：" + typeText, "unknown ID type: " + typeText);
            return null;
        }
        try {
            return new PersonalId(type, r.get(ID_NUMBER));
        } catch (InvalidFieldException e) {
            c.fail(ID_NUMBER, "证件号码无效：" + r.get(ID_NUMBER), "invalid ID number: " + r.get(ID_NUMBER));
            return null;
        }
    }

    /** The school codes a school's admin files records under: its own and its branch colleges'. */
    public static Set<String> codesOf(Institution school, List<Institution> branches) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        codes.add(school.getCode());
        branches.forEach(b -> codes.add(b.getCode()));
        return codes;
    }
}
