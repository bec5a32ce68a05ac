package org.gradphoto.portal.collection.records;

import java.util.Optional;

/** 性别 as the records and the studio's data sheet write it. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String zh;

    Gender(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** 男/女, M/F or male/female; empty for anything else. */
    public static Optional<Gender> parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "男", "m", "male" -> Optional.of(MALE);
            case "女", "f", "female" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
