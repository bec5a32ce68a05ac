package org.gradphoto.portal.graduation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.exemption.ExemptionRule;
import org.gradphoto.portal.graduation.exemption.ExemptionRules;
import org.gradphoto.portal.graduation.exemption.Qualification;
import org.gradphoto.portal.graduation.reference.Major;
import org.gradphoto.portal.graduation.reference.PlanCourse;
import org.gradphoto.portal.graduation.reference.Substitution;
import org.gradphoto.portal.graduation.ticket.CourseResult;

/**
 * The courses of an application's plan and how each is met (seed 002): a pass, an exemption by a declared
 * qualification, or a substitution; and what is still missing. The application owns the items and decides when
 * they may change; this says how.
 */
final class Coursework {

    private final List<ApplicationItem> items;
    private final Major major;

    Coursework(List<ApplicationItem> items, Major major) {
        this.items = items;
        this.major = major;
    }

    /** One item per course of the major's plan, in course-code order. */
    static List<ApplicationItem> plan(GraduationApplication application, Major major) {
        List<ApplicationItem> items = new ArrayList<>();
        int seq = 0;
        for (PlanCourse c : major.getCourses().stream().sorted(Comparator.comparing(PlanCourse::getCourseCode)).toList()) {
            items.add(new ApplicationItem(application, seq++, c.asCourse()));
        }
        return items;
    }

    /**
     * Courses passed since become PASSED (a pass replaces an exemption or substitution); while editable, a pass
     * that is no longer in the results is cleared.
     */
    void refresh(List<CourseResult> results, boolean editable) {
        Map<String, CourseResult> passed = passedByCode(results);
        for (ApplicationItem i : items) {
            CourseResult r = passed.get(i.getCourseCode());
            if (r != null && (editable || i.getResolution() == Resolution.MISSING)) {
                i.passed(r.getScore());
            } else if (r == null && i.getResolution() == Resolution.PASSED && editable) {
                i.clear();
            }
        }
    }

    /** An exemption resting on a qualification no longer declared falls away. */
    void dropExemptionsNotIn(Set<String> declaredCodes) {
        for (ApplicationItem i : items) {
            if (i.getResolution() == Resolution.EXEMPTED && !declaredCodes.contains(i.getQualification())) {
                i.clear();
            }
        }
    }

    /** 免考: the course by a declared qualification, by the first rule of the regulation that allows it. */
    ExemptionRule exempt(String courseCode, Qualification q, List<Qualification> declared, ExemptionRules rules,
            StoredFile evidence) {
        ApplicationItem i = unpassed(courseCode);
        if (!declared.contains(q)) {
            throw new RefusedException("application.error.undeclared");
        }
        if (evidence == null) {
            throw new RefusedException("application.error.evidence");
        }
        List<ExemptionRule> allowing = rules.exempting(q, i.course(), major.getLevel(), major.getCategory());
        if (allowing.isEmpty()) {
            throw new RefusedException("application.error.not_exempt");
        }
        ExemptionRule rule = allowing.get(0);
        i.exempted(q.code(), rule.id(), rule.article(), evidence);
        return rule;
    }

    /** 替代课程: the course by a passed course that the substitution table allows for it. */
    void substitute(String courseCode, Substitution s, List<CourseResult> results) {
        ApplicationItem i = unpassed(courseCode);
        if (!s.getCourseCode().equals(courseCode) || s.getMajor() != null && !s.getMajor().getId().equals(major.getId())) {
            throw new RefusedException("application.error.not_substitute");
        }
        CourseResult r = passedByCode(results).get(s.getSubstituteCode());
        if (r == null) {
            throw new RefusedException("application.error.substitute_not_passed");
        }
        boolean usedElsewhere = items.stream().anyMatch(o -> o != i && s.getSubstituteCode().equals(o.getSubstituteCode()));
        if (usedElsewhere || items.stream().anyMatch(o -> o.getCourseCode().equals(s.getSubstituteCode()))) {
            // one passed course stands in for one required course, and never for itself
            throw new RefusedException("application.error.substitute_used");
        }
        i.substituted(s.getSubstituteCode(), s.getSubstituteName(), r.getScore());
    }

    /** Takes back an exemption or a substitution. */
    void undo(String courseCode) {
        ApplicationItem i = item(courseCode);
        if (i.getResolution() == Resolution.EXEMPTED || i.getResolution() == Resolution.SUBSTITUTED) {
            i.clear();
        }
    }

    /** Courses not met and credits short, empty when the plan is met. */
    List<Problem> unmet() {
        List<Problem> p = new ArrayList<>();
        for (ApplicationItem i : items) {
            if (!i.met()) {
                p.add(Problem.of("application.problem.course", i.getCourseCode(), i.getCourseName()));
            }
        }
        int credits = credits();
        if (credits < major.getMinCredits()) {
            p.add(Problem.of("application.problem.credits", credits, major.getMinCredits()));
        }
        return p;
    }

    /** Credits of the courses met. */
    int credits() {
        return items.stream().filter(ApplicationItem::met).mapToInt(ApplicationItem::getCredits).sum();
    }

    private ApplicationItem unpassed(String courseCode) {
        ApplicationItem i = item(courseCode);
        if (i.getResolution() == Resolution.PASSED) {
            throw new RefusedException("application.error.already_passed");
        }
        return i;
    }

    private ApplicationItem item(String courseCode) {
        return items.stream().filter(i -> i.getCourseCode().equals(courseCode)).findFirst()
                .orElseThrow(() -> new RefusedException("application.error.no_course"));
    }

    private static Map<String, CourseResult> passedByCode(List<CourseResult> results) {
        return results.stream().filter(CourseResult::isPassed)
                .collect(Collectors.toMap(CourseResult::getCourseCode, Function.identity(), (a, b) -> a));
    }
}
