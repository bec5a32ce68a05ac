package org.gradphoto.portal.graduation.reference;

import java.util.List;

/** What an import file holds, and the headers (Chinese or English) of its columns. */
public enum ImportKind {
    MAJORS("专业", "majors"),
    PLAN("专业课程", "plan courses"),
    SUBSTITUTIONS("替代课程", "substitutions"),
    RESULTS("课程成绩", "course results");

    private final String zh;
    private final String en;

    ImportKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The column headers a template file of this kind has (the first spelling of each column). */
    public List<String> templateHeaders() {
        return switch (this) {
            case MAJORS -> List.of("专业代码", "专业名称", "层次", "专业类别", "最低总学分", "实习鉴定");
            case PLAN -> List.of("专业代码", "课程代码", "课程名称", "学分", "公共基础课");
            case SUBSTITUTIONS -> List.of("专业代码", "课程代码", "替代课程代码", "替代课程名称");
            case RESULTS -> List.of("准考证号", "身份证号", "姓名", "课程代码", "课程名称", "学分", "成绩", "是否合格", "考试年月");
        };
    }
}
