package org.gradphoto.portal.graduation.exemption;

import java.util.List;

/**
 * One rule of a province's exemption regulation: which qualification (when) exempts which courses of which
 * self-study majors (exempts), citing its article and quoting its text for the reviewer.
 *
 * @param majorLevels the self-study major levels it applies to (empty: all)
 * @param majorCategoriesExcluded self-study major categories it does not apply to (e.g. 计算机 for 九)
 * @param evidence what the candidate uploads
 */
public record ExemptionRule(String id, String article, String text, When when, List<Level> majorLevels,
        List<String> majorCategoriesExcluded, Exempts exempts, String evidence) {

    public ExemptionRule {
        if (id == null || id.isBlank() || article == null || article.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id, its article and its text");
        }
        if (when == null || when.kind() == null) {
            throw new IllegalArgumentException("rule " + id + " needs when.kind");
        }
        if (exempts == null || exempts.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " exempts nothing");
        }
        majorLevels = majorLevels == null ? List.of() : List.copyOf(majorLevels);
        majorCategoriesExcluded = majorCategoriesExcluded == null ? List.of() : List.copyOf(majorCategoriesExcluded);
        evidence = evidence == null ? "" : evidence;
    }

    /** Which qualifications satisfy the rule; every condition given must hold. */
    public record When(Qualification.Kind kind, List<String> subjects, Level levelAtLeast, List<Level> levels,
            Integer gradeAtLeast) {

        public When {
            subjects = subjects == null ? List.of() : List.copyOf(subjects);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        boolean holds(Qualification q) {
            return q.kind() == kind
                    && (subjects.isEmpty() || subjects.contains(q.subject()))
                    && (levelAtLeast == null || q.level() != null && q.level().atLeast(levelAtLeast))
                    && (levels.isEmpty() || levels.contains(q.level()))
                    && (gradeAtLeast == null || q.grade() >= gradeAtLeast);
        }
    }

    /**
     * Which courses are exempted. The course lists ({@code courses}: "code name", "code" or "name";
     * {@code namePrefixes}) say which, when given; {@code publicBasic}, {@code sameNameAsPrior} and
     * {@code sameCodeAndCredits} must each hold when set.
     */
    public record Exempts(List<String> courses, List<String> namePrefixes, Boolean publicBasic, Boolean sameNameAsPrior,
            Boolean sameCodeAndCredits) {

        public Exempts {
            courses = courses == null ? List.of() : List.copyOf(courses);
            namePrefixes = namePrefixes == null ? List.of() : List.copyOf(namePrefixes);
        }

        boolean isEmpty() {
            return courses.isEmpty() && namePrefixes.isEmpty() && !Boolean.TRUE.equals(publicBasic)
                    && !Boolean.TRUE.equals(sameNameAsPrior) && !Boolean.TRUE.equals(sameCodeAndCredits);
        }

        boolean covers(Course c, Qualification q) {
            String name = Course.normalName(c.name());
            if (!courses.isEmpty() || !namePrefixes.isEmpty()) {
                boolean listed = courses.stream().anyMatch(entry -> names(entry, c, name))
                        || namePrefixes.stream().anyMatch(p -> name.startsWith(Course.normalName(p)));
                if (!listed) {
                    return false;
                }
            }
            if (Boolean.TRUE.equals(publicBasic) && !c.publicBasic()) {
                return false;
            }
            if (Boolean.TRUE.equals(sameNameAsPrior) && !name.equals(Course.normalName(q.subject()))) {
                return false;
            }
            return !Boolean.TRUE.equals(sameCodeAndCredits) || c.code().equals(q.subject()) && c.credits() == q.grade();
        }

        /** "00012 英语（一）" names the course by code (or, without a code, by name). */
        private static boolean names(String entry, Course c, String normalName) {
            String e = entry.strip();
            int space = e.indexOf(' ');
            String first = space < 0 ? e : e.substring(0, space);
            if (first.matches("\\d{5}")) {
                return first.equals(c.code());
            }
            return Course.normalName(e).equals(normalName);
        }
    }

    /** Whether this rule exempts that course of a major of that level and category, for that qualification. */
    public boolean exempts(Qualification q, Course course, Level majorLevel, String majorCategory) {
        return when.holds(q)
                && (majorLevels.isEmpty() || majorLevels.contains(majorLevel))
                && (majorCategory == null || !majorCategoriesExcluded.contains(majorCategory))
                && exempts.covers(course, q);
    }
}
