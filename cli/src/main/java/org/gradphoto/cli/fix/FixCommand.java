package org.gradphoto.cli.fix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gradphoto.cli.ExitCodes;
import org.gradphoto.cli.Lang;
import org.gradphoto.cli.TextWidth;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gradphoto fix in.jpg -o out.jpg}: places the head, replaces or keeps the background, encodes 480 x 640 at
 * 300 dpi inside the size window, checks the result, and prints the rules before and after.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"把普通照片修正为符合规范的照片（不改动人像）。", "Fix an ordinary photo into a passing file (the person is not touched)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:修正后全部合格 fixed, every hard rule passes", "1:已修正，仍有规则不合格 fixed, a rule still fails",
            "2:无法读取 could not read", "3:无法修正，需要重新拍摄 cannot be fixed: take a new photo"})
public final class FixCommand implements Callable<Integer> {

    public static final int REFUSED = 3;

    @Parameters(index = "0", paramLabel = "PHOTO", description = "原照片（JPG 或 PNG）/ the photo (JPG or PNG)")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jpg", description = "修正后的照片 / the fixed photo")
    Path output;

    @Option(names = "--profile", paramLabel = "P", defaultValue = Profiles.DEFAULT,
            description = "规范 / profile (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--background", paramLabel = "B", defaultValue = FixOptions.AUTO,
            description = "背景：white、blue、keep 或 auto（默认：原背景合格则保留，否则用规范的第一种颜色）/ "
                    + "background: white, blue, keep or auto (default: keep a passing background, else the profile's first colour)")
    String background;

    @Option(names = "--face-width", paramLabel = "PX",
            description = "目标脸宽（像素，需在规范范围内）/ face width to aim for, in pixels (default: the most margin)")
    Double faceWidth;

    @Option(names = "--annotate", paramLabel = "OUT.png", description = "在修正后的照片上画出参考线 / draw the guides on the fixed photo")
    Path annotate;

    @Option(names = "--lang", defaultValue = "zh", description = "输出语言 output language: zh, en")
    Lang lang;

    private final PrintStream out;
    private final PrintStream err;

    public FixCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Profile p = Profiles.get(profile);
        if (!Files.isRegularFile(input)) {
            err.println(lang.pick("gradphoto: 找不到文件 ", "gradphoto: no such file ") + input);
            return ExitCodes.UNREADABLE;
        }
        if (Files.size(input) > 64L << 20) {
            err.println(lang.pick("gradphoto: 文件太大（超过 64 MB）", "gradphoto: file too large (over 64 MB)"));
            return ExitCodes.UNREADABLE;
        }
        PhotoEngine engine = new PhotoEngine();
        FixResult r;
        try {
            r = engine.fix(Files.readAllBytes(input), input.getFileName().toString(), p,
                    new FixOptions(background, faceWidth));
        } catch (IllegalArgumentException e) {
            err.println("gradphoto: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        out.println(lang.pick("原照片：", "Photo: ") + input.getFileName() + "  " + lang.pick("规范：", "profile: ") + p.id());
        printFailures(lang.pick("修正前", "Before"), r.before());
        if (!r.fixed()) {
            if (r.before().verdict() == Verdict.UNREADABLE) {
                out.println(lang.pick("无法读取：", "Unreadable: ") + lang.pick(r.before().unreadable().zh(), r.before().unreadable().en()));
                return ExitCodes.UNREADABLE;
            }
            out.println(lang.pick("无法修正：", "Cannot be fixed: ") + lang.pick(r.refusal().zh(), r.refusal().en()));
            r.notes().forEach(n -> out.println("  " + lang.pick(n.zh(), n.en())));
            out.println(lang.pick("请重新拍摄：", "Take a new photo: ") + lang.pick(r.refusal().retakeZh(), r.refusal().retakeEn()));
            return REFUSED;
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.write(output, r.bytes());
        out.println(lang.pick("已修正：", "Fixed: ") + String.format(Locale.ROOT, lang.pick(
                "缩放 %.3f，背景 %s，品质 %d，%s，%.1f KB → %s", "scale %.3f, background %s, quality %d, %s, %.1f KB -> %s"),
                r.placement().scale(), r.background(), r.encoding().quality(), r.encoding().subsampling().label(),
                r.encoding().kb(), output));
        r.notes().forEach(n -> out.println("  " + lang.pick(n.zh(), n.en())));
        printTable(r.before(), r.after());
        if (annotate != null) {
            engine.annotate(r.bytes(), r.after(), p).ifPresent(png -> {
                try {
                    if (annotate.getParent() != null) {
                        Files.createDirectories(annotate.getParent());
                    }
                    Files.write(annotate, png);
                } catch (IOException e) {
                    err.println("gradphoto: " + e.getMessage());
                }
            });
        }
        out.println(lang.pick("修正后结论：", "Verdict after: ") + lang.pick(r.after().verdict().zh(), r.after().verdict().en()));
        return r.after().verdict() == Verdict.FAIL ? ExitCodes.FAILED : ExitCodes.PASSED;
    }

    private void printFailures(String label, Inspection in) {
        long errors = in.results().stream().filter(RuleResult::rejects).count();
        out.println(label + lang.pick("：", ": ") + lang.pick(in.verdict().zh(), in.verdict().en())
                + (errors > 0 ? lang.pick("（" + errors + " 项不合格）", " (" + errors + " failed)") : ""));
    }

    /** Each rule's result before and after, side by side. */
    private void printTable(Inspection before, Inspection after) {
        out.println("  " + TextWidth.pad(lang.pick("规则", "rule"), 24) + TextWidth.pad(lang.pick("修正前", "before"), 30)
                + lang.pick("修正后", "after"));
        for (RuleResult a : after.results()) {
            RuleResult b = before.result(a.id()).orElseThrow();
            out.println("  " + TextWidth.pad(a.id(), 24) + TextWidth.pad(cell(b), 30) + cell(a));
        }
    }

    private static String cell(RuleResult r) {
        String mark = switch (r.status()) {
            case PASSED -> "✓";
            case NOT_MEASURED -> "–";
            case FAILED -> r.severity() == Severity.ERROR ? "✗" : "!";
        };
        String text = r.measuredText();
        if (text.length() > 24) {
            text = text.substring(0, 23) + "…";
        }
        return mark + " " + text;
    }
}
