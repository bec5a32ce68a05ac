package org.gradphoto.portal.graduation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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
@Embeddable
public class Coursework {

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ApplicationItem> items = new ArrayList<>();

    /** The internship appraisal (护理学 本科), null until attached. */
    @ManyToOne
    @JoinColumn(name = "internship_key")
    private StoredFile internship;

    protected Coursework() {
    }

    /** One item per course of the major's plan, in course-code order. */
    Coursework(GraduationApplication application, Major major) {
        int seq = 0;
        for (PlanCourse c : major.getCourses().stream().sorted(Comparator.comparing(PlanCourse::getCourseCode)).toList()) {
            items.add(new ApplicationItem(application, seq++, c.asCourse()));
        }
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
            StoredFile evidence, Major major) {
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
    void substitute(String courseCode, Substitution s, List<CourseResult> results, Major major) {
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

    /** Courses not met, credits short, the internship missing: empty when the plan is met. */
    List<Problem> unmet(Major major) {
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
        if (major.isInternshipRequired() && internship == null) {
            p.add(Problem.of("application.problem.internship"));
        }
        return p;
    }

    /** Credits of the courses met. */
    int credits() {
        return items.stream().filter(ApplicationItem::met).mapToInt(ApplicationItem::getCredits).sum();
    }

    void attachInternship(StoredFile appraisal) {
        internship = appraisal;
    }

    public StoredFile internship() {
        return internship;
    }

    public List<ApplicationItem> items() {
        return items;
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
