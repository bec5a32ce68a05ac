package org.gradphoto.engine.profile;

/** The official error categories of seed 002 附件4, plus 其他, under which every rule falls. */
public enum Category {
    FILE_SIZE("图片过大或过小", "File too large or too small"),
    EYES("双眼需水平/眼睛过高或过低", "Eyes not level / too high or too low"),
    KEYPOINTS("没有检测到脸部关键点", "No facial key points detected"),
    FILE_FORMAT("照片文件不规范", "Photo file not to specification"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    Category(String zh, String en) {
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
