package org.gradphoto.portal.graduation.exemption;

import java.util.Locale;

/**
 * Something a candidate holds that may exempt a course, with the evidence a reviewer will check: a prior degree
 * (level and the category of its major), a course passed in prior study (and at what level), a self-study course
 * passed before (code and credits), a PETS, CET or NCRE result. Written as a short code for storage and forms,
 * e.g. {@code DEGREE:BENKE:外语}, {@code PRIOR_COURSE:ZHUANKE:大学语文}, {@code PETS:3}, {@code CET:4},
 * {@code NCRE:2:C语言程序设计}, {@code SELF_STUDY_COURSE:00012:7}.
 */
public record Qualification(Kind kind, Level level, String subject, int grade) {

    /** The kinds of qualification. */
    public enum Kind {
        /** A diploma: {@link #level} and the major's category in {@link #subject}. */
        DEGREE,
        /** A course passed in prior study: its name in {@link #subject}, the study's {@link #level}. */
        PRIOR_COURSE,
        /** A self-study course passed before: its code in {@link #subject}, credits in {@link #grade}. */
        SELF_STUDY_COURSE,
        /** 全国英语等级考试: level in {@link #grade} (certificate, or the written single subject). */
        PETS,
        /** 大学英语四六级: 4 or 6 in {@link #grade}. */
        CET,
        /** 全国计算机等级考试: level in {@link #grade}, the subject (if the rule cares) in {@link #subject}. */
        NCRE
    }

    public Qualification {
        if (kind == null) {
            throw new IllegalArgumentException("a qualification needs a kind");
        }
        subject = subject == null ? "" : subject.strip();
        switch (kind) {
            case DEGREE, PRIOR_COURSE -> {
                if (level == null || subject.isEmpty()) {
                    throw new IllegalArgumentException(kind + " needs a level and a subject");
                }
            }
            case SELF_STUDY_COURSE -> {
                if (subject.isEmpty() || grade <= 0) {
                    throw new IllegalArgumentException("a self-study course needs its code and credits");
                }
            }
            case PETS -> require(grade >= 1 && grade <= 5, "PETS levels run from 1 to 5");
            case CET -> require(grade == 4 || grade == 6, "CET is 4 or 6");
            case NCRE -> require(grade >= 1 && grade <= 4, "NCRE levels run from 1 to 4");
            default -> {
            }
        }
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw new IllegalArgumentException(why);
        }
    }

    /** Parses the short code; throws IllegalArgumentException on anything else. */
    public static Qualification parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("no qualification");
        }
        String[] p = code.strip().split(":", -1);
        Kind kind = Kind.valueOf(p[0].toUpperCase(Locale.ROOT));
        try {
            return switch (kind) {
                case DEGREE, PRIOR_COURSE -> new Qualification(kind, Level.valueOf(p[1]), p[2], 0);
                case SELF_STUDY_COURSE -> new Qualification(kind, null, p[1], Integer.parseInt(p[2]));
                case PETS, CET -> new Qualification(kind, null, "", Integer.parseInt(p[1]));
                case NCRE -> new Qualification(kind, null, p.length > 2 ? p[2] : "", Integer.parseInt(p[1]));
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("incomplete qualification: " + code, e);
        }
    }

    public String code() {
        return switch (kind) {
            case DEGREE, PRIOR_COURSE -> kind + ":" + level + ":" + subject;
            case SELF_STUDY_COURSE -> kind + ":" + subject + ":" + grade;
            case PETS, CET -> kind + ":" + grade;
            case NCRE -> kind + ":" + grade + (subject.isEmpty() ? "" : ":" + subject);
        };
    }

    /** How a page names it, in Chinese. */
    public String zh() {
        return switch (kind) {
            case DEGREE -> level.zh() + "毕业（" + subject + "类专业）";
            case PRIOR_COURSE -> level.zh() + "学习期间“" + subject + "”成绩合格";
            case SELF_STUDY_COURSE -> "自考课程 " + subject + "（" + grade + " 学分）已合格";
            case PETS -> "全国英语等级考试 PETS-" + grade;
            case CET -> "大学英语" + (grade == 4 ? "四" : "六") + "级";
            case NCRE -> "全国计算机等级考试" + "一二三四".charAt(grade - 1) + "级" + (subject.isEmpty() ? "" : "（" + subject + "）");
        };
    }

    public String en() {
        return switch (kind) {
            case DEGREE -> level.en() + " graduate (" + subject + " major)";
            case PRIOR_COURSE -> "passed " + subject + " in " + level.en() + " studies";
            case SELF_STUDY_COURSE -> "self-study course " + subject + " (" + grade + " credits) passed";
            case PETS -> "PETS level " + grade;
            case CET -> "CET-" + grade;
            case NCRE -> "NCRE level " + grade + (subject.isEmpty() ? "" : " (" + subject + ")");
        };
    }
}
