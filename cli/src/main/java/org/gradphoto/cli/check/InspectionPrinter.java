package org.gradphoto.cli.check;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import org.gradphoto.cli.Lang;
import org.gradphoto.cli.TextWidth;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.rules.Status;

/** Human-readable check output: a full rule table for one photo, a line per photo for many, and a summary. */
final class InspectionPrinter {

    private final PrintStream out;
    private final Lang lang;
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

    InspectionPrinter(PrintStream out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    void full(Inspection in, Profile p) {
        count(in);
        out.println(lang.pick("照片：", "Photo: ") + in.fileName());
        out.println(lang.pick("规范：", "Profile: ") + p.id() + "  " + lang.pick(p.nameZh(), p.nameEn()));
        if (in.unreadable() != null) {
            out.println(lang.pick("结论：无法读取 — ", "Verdict: unreadable — ")
                    + lang.pick(in.unreadable().zh(), in.unreadable().en())
                    + (in.unreadableDetail() == null ? "" : " (" + in.unreadableDetail() + ")"));
        } else {
            long errors = in.results().stream().filter(RuleResult::rejects).count();
            long warnings = in.results().stream().filter(r -> r.failed() && r.severity() == Severity.WARNING).count();
            out.println(lang.pick("结论：", "Verdict: ") + lang.pick(in.verdict().zh(), in.verdict().en())
                    + lang.pick("（" + errors + " 项不合格，" + warnings + " 项提示）",
                            " (" + errors + " failed, " + warnings + " warnings)"));
        }
        for (RuleResult r : in.results()) {
            out.println("  " + mark(r) + " " + TextWidth.pad(r.id(), 22) + lang.pick(r.messageZh(), r.messageEn()));
            if (r.failed()) {
                out.println("      " + lang.pick("建议：", "Fix: ") + lang.pick(r.fixZh(), r.fixEn()));
            }
        }
        in.hints().forEach((c, h) -> out.println(lang.pick("【" + c.zh() + "】错误原因：" + h.causeZh() + " 解决办法：" + h.fixZh(),
                "[" + c.en() + "] Cause: " + h.causeEn() + " Fix: " + h.fixEn())));
        out.println(lang.pick("图例：✓ 合格  ✗ 不合格  ! 提示  – 未检测", "Key: ✓ passed  ✗ failed  ! warning  – not checked"));
    }

    void line(Inspection in) {
        count(in);
        StringBuilder b = new StringBuilder();
        b.append(TextWidth.pad(lang.pick(in.verdict().zh(), in.verdict().en()), 18)).append(in.fileName());
        if (in.unreadable() != null) {
            b.append("  ").append(lang.pick(in.unreadable().zh(), in.unreadable().en()));
        } else {
            for (RuleResult r : in.failed()) {
                b.append("  ").append(mark(r)).append(r.id());
            }
        }
        out.println(b);
    }

    void summary() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.println(lang.pick("共 " + total + " 张：合格 " + n(Verdict.PASS) + "，有提示 " + n(Verdict.WARNINGS) + "，不合格 "
                        + n(Verdict.FAIL) + "，无法读取 " + n(Verdict.UNREADABLE) + "。",
                total + " photos: " + n(Verdict.PASS) + " passed, " + n(Verdict.WARNINGS) + " with warnings, "
                        + n(Verdict.FAIL) + " failed, " + n(Verdict.UNREADABLE) + " unreadable."));
    }

    private int n(Verdict v) {
        return counts.getOrDefault(v, 0);
    }

    private void count(Inspection in) {
        counts.merge(in.verdict(), 1, Integer::sum);
    }

    private static String mark(RuleResult r) {
        if (r.status() == Status.NOT_MEASURED) {
            return "–";
        }
        if (r.passed()) {
            return "✓";
        }
        return r.severity() == Severity.ERROR ? "✗" : "!";
    }
}
