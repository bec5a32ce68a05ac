package org.gradphoto.portal.photo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check's verdict as a candidate reads it in one glance: how many things are wrong, then one line each in plain
 * words with what to do, and whether the offered fix already puts it right; what the check cannot see and the
 * candidate must make sure of. No rule id and no measurement: those are for staff and the folded details.
 *
 * @param mustFix  failed hard rules: the photo would be rejected for each
 * @param toCheck  failed warnings: the photo may be accepted, the reviewer looks at them
 * @param makeSure what the check does not measure and the candidate makes sure of (jewellery; the head's position
 *                 until the size is right)
 */
public record PlainVerdict(List<Line> mustFix, List<Line> toCheck, List<Line> makeSure) {

    /**
     * One thing to put right.
     *
     * @param name     the requirement's short name (头顶位置)
     * @param plain    what is wrong, in plain words
     * @param todo     what to do, naming no tool; empty when nothing more is to be said
     * @param fixed    the offered fixed version passes this requirement
     */
    public record Line(String name, String plain, String todo, boolean fixed) {
    }

    /** The verdict of a check's rows, with the rows of its fixed version (empty when none was made). */
    public static PlainVerdict of(List<RuleRow> rows, List<RuleRow> fixRows, Locale locale) {
        return of(rows, fixRows.stream().filter(r -> "PASSED".equals(r.status())).map(RuleRow::id)
                .collect(Collectors.toSet()), locale);
    }

    /**
     * The verdict of a check's rows where only the fixed version's verdict is kept: a fixed version that is not
     * rejected passes every hard rule, so it puts right every line that must be fixed.
     */
    public static PlainVerdict of(List<RuleRow> rows, boolean fixPassesHardRules, Locale locale) {
        return of(rows, fixPassesHardRules ? rows.stream().filter(r -> r.failed() && r.error()).map(RuleRow::id)
                .collect(Collectors.toSet()) : Set.of(), locale);
    }

    private static PlainVerdict of(List<RuleRow> rows, Set<String> passedByFix, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        List<Line> mustFix = new ArrayList<>();
        List<Line> toCheck = new ArrayList<>();
        // lines with the same words collapse: the position rules say the same while the size is wrong
        Map<String, Line> makeSure = new LinkedHashMap<>();
        for (RuleRow r : rows) {
            Line line = line(r, zh, passedByFix.contains(r.id()));
            if (r.failed()) {
                (r.error() ? mustFix : toCheck).add(line);
            } else if (r.notMeasured() && !(zh ? r.plainZh() : r.plainEn()).isEmpty()) {
                makeSure.putIfAbsent(line.plain(), line);
            }
        }
        return new PlainVerdict(List.copyOf(mustFix), List.copyOf(toCheck), List.copyOf(makeSure.values()));
    }

    private static Line line(RuleRow r, boolean zh, boolean fixed) {
        String name = zh ? r.nameZh() : r.nameEn();
        String plain = zh ? r.plainZh() : r.plainEn();
        String todo = zh ? r.todoZh() : r.todoEn();
        if (plain.isEmpty()) {
            // a report stored before the engine wrote plain words: its category and message are all there is
            name = zh ? r.categoryZh() : r.category();
            plain = zh ? r.messageZh() : r.messageEn();
            todo = zh ? r.fixZh() : r.fixEn();
        }
        return new Line(name, plain, todo, fixed);
    }

    public int errors() {
        return mustFix.size();
    }

    public int warnings() {
        return toCheck.size();
    }

    /** Every hard failure is put right by the offered fix. */
    public boolean fixSolvesAll() {
        return !mustFix.isEmpty() && mustFix.stream().allMatch(Line::fixed);
    }
}
