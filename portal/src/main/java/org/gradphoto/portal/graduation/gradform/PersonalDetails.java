package org.gradphoto.portal.graduation.gradform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.graduation.Problem;

/**
 * The personal lines of the graduate registration form (毕业生登记表): 性别, 出生年月, 民族 (the 56 groups of
 * GB/T 3304), 政治面貌 (GB/T 4762). For a resident ID card the sex and birth month are those of the number.
 */
@Embeddable
public class PersonalDetails {

    /** GB/T 3304 民族名称, in its order. */
    public static final List<String> ETHNIC_GROUPS = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族",
            "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
            "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
            "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
            "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
            "珞巴族", "基诺族", "其他", "外国血统中国籍人士");

    /** GB/T 4762 政治面貌, in its order. */
    public static final List<String> POLITICAL_STATUSES = List.of("中共党员", "中共预备党员", "共青团员", "民革党员",
            "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众");

    public static final List<String> SEXES = List.of("男", "女");

    /** No graduate today was born before it (as the ID number check). */
    static final int EARLIEST_BIRTH_YEAR = 1900;

    @Column(name = "sex")
    private String sex;

    @Column(name = "birth_month")
    private String birthMonth;

    @Column(name = "ethnicity")
    private String ethnicity;

    @Column(name = "political_status")
    private String politicalStatus;

    protected PersonalDetails() {
    }

    PersonalDetails(String sex, String birthMonth, String ethnicity, String politicalStatus) {
        this.sex = sex;
        this.birthMonth = birthMonth;
        this.ethnicity = ethnicity;
        this.politicalStatus = politicalStatus;
    }

    /** Every problem of these lines as of this month, empty when they may be saved. */
    List<Problem> problems(YearMonth now) {
        List<Problem> p = new ArrayList<>();
        if (!oneOf(SEXES, sex)) {
            p.add(Problem.of("form.problem.sex"));
        }
        try {
            YearMonth born = YearMonth.parse(birthMonth == null ? "" : birthMonth);
            if (born.getYear() < EARLIEST_BIRTH_YEAR || born.isAfter(now)) {
                p.add(Problem.of("form.problem.birth_month"));
            }
        } catch (DateTimeParseException e) {
            p.add(Problem.of("form.problem.birth_month"));
        }
        if (!oneOf(ETHNIC_GROUPS, ethnicity)) {
            p.add(Problem.of("form.problem.ethnicity"));
        }
        if (!oneOf(POLITICAL_STATUSES, politicalStatus)) {
            p.add(Problem.of("form.problem.political_status"));
        }
        return p;
    }

    /** Whether the value is one of the choices; an immutable list refuses to be asked about null. */
    private static boolean oneOf(List<String> choices, String value) {
        return value != null && choices.contains(value);
    }

    public String getSex() {
        return sex;
    }

    public String getBirthMonth() {
        return birthMonth;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }
}
