package org.gradphoto.batch;

/** Why a file's name is not usable as its ID number. */
public enum NameProblem {
    NOT_AN_ID("文件名不是身份证号码", "file name is not an ID number"),
    AREA("文件名中的身份证号地区码不存在", "the ID number's area code does not exist"),
    BIRTH_DATE("文件名中的身份证号出生日期无效", "the ID number's birth date is not valid"),
    CHECK_DIGIT("文件名中的身份证号校验码错误", "the ID number's check character is wrong"),
    DUPLICATE("同一批次中身份证号重复，未导出", "the same ID number appears more than once in the batch; not exported");

    private final String zh;
    private final String en;

    NameProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
