package org.gradphoto.portal.contact;

/** Whom a candidate or student calls: an exam office (自考, 成考) or a school's photo office (在校生). */
public enum ContactKind {
    EXAM_OFFICE("考试机构", "Exam office"),
    SCHOOL_OFFICE("学校照片采集", "School photo office");

    private final String zh;
    private final String en;

    ContactKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The kind a table cell names, in either language; empty means an exam office (as seed 001 附件4 lists them). */
    static ContactKind named(String cell) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return EXAM_OFFICE;
        }
        for (ContactKind k : values()) {
            if (c.equals(k.zh) || c.equalsIgnoreCase(k.en) || c.equalsIgnoreCase(k.name())) {
                return k;
            }
        }
        if (c.contains("学校") || c.contains("高校") || c.contains("院校")) {
            return SCHOOL_OFFICE;
        }
        if (c.contains("考试")) {
            return EXAM_OFFICE;
        }
        return null;
    }
}
