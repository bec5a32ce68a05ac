package org.gradphoto.portal.graduation;

/** How a course of the plan is met. */
public enum Resolution {
    /** Passed under the application's ticket (or a ticket merged into it). */
    PASSED,
    /** 免考: by a qualification and a rule of the province's regulation, with evidence. */
    EXEMPTED,
    /** 替代课程: by a passed course of the substitution table. */
    SUBSTITUTED,
    /** Not met yet. */
    MISSING
}
