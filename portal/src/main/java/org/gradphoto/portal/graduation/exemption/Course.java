package org.gradphoto.portal.graduation.exemption;

/**
 * A course of a self-study plan as the rules see it: code, name, credits, and whether it is one of the plan's
 * public basic courses (公共基础课).
 */
public record Course(String code, String name, int credits, boolean publicBasic) {

    /** Names compared with full-width and half-width brackets and spaces alike: 英语(一) is 英语（一）. */
    public static String normalName(String name) {
        return name == null ? "" : name.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
