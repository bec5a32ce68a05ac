package org.gradphoto.cli.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gradphoto.batch.BatchOptions;
import org.gradphoto.batch.BatchRunner;
import org.gradphoto.batch.BatchSummary;
import org.gradphoto.batch.NameProblem;
import org.gradphoto.batch.PhotoStatus;
import org.gradphoto.batch.source.ZipLimits;
import org.gradphoto.cli.ExitCodes;
import org.gradphoto.cli.Lang;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.fix.FixOptions;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gradphoto batch <folder|zip>... --out DIR [--fix]}: every photo checked (and fixed) on all cores; writes
 * results.csv, results.xlsx, report.html, export/ and export.zip into DIR and nothing outside it.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"批量检查（和修正）文件夹或压缩包中的照片，按身份证号导出。",
            "Check (and fix) the photos of folders and zips; export them named by ID number."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:全部合格或已修正 every photo passed or was fixed", "1:有照片不合格、无法修正或无法读取 some did not",
            "2:命令出错 the command failed"})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "文件夹、压缩包或照片 / folders, zips or photos")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹 / output folder")
    Path outDir;

    @Option(names = "--profile", paramLabel = "P", defaultValue = Profiles.DEFAULT, description = "规范 / profile (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--fix", description = "修正不合格的照片 / fix the photos that fail")
    boolean fix;

    @Option(names = "--background", paramLabel = "B", defaultValue = FixOptions.AUTO,
            description = "修正时的背景 white、blue、keep、auto / background when fixing")
    String background;

    @Option(names = "--force", description = "重新处理上次已完成的照片 / process again what an earlier run did")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数（默认：CPU 核数）/ worker threads (default: cores)")
    Integer threads;

    @Option(names = "--lang", defaultValue = "zh", description = "输出语言 output language: zh, en")
    Lang lang;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    public BatchCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Profile p = Profiles.get(profile);
        if (fix) {
            try {
                new FixOptions(background, null).requireAllowedBy(p);
            } catch (IllegalArgumentException e) {
                err.println("gradphoto: " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        if (threads != null && threads < 1) {
            err.println(lang.pick("gradphoto: --threads 至少为 1", "gradphoto: --threads must be at least 1"));
            return ExitCodes.UNREADABLE;
        }
        for (Path in : inputs) {
            if (!java.nio.file.Files.exists(in)) {
                err.println(lang.pick("gradphoto: 找不到 ", "gradphoto: no such file or folder ") + in);
                return ExitCodes.UNREADABLE;
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PhotoEngine engine = new PhotoEngine();
        BatchSummary s = new BatchRunner(engine).run(inputs,
                new BatchOptions(p, fix, background, outDir, force, n, ZipLimits.DEFAULT), new Progress(out, terminal, lang));
        summary(s);
        boolean allGood = s.stored().allExportable();
        return allGood ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    private static String english(String categoryZh) {
        return Arrays.stream(Category.values()).filter(c -> c.zh().equals(categoryZh)).map(Category::en).findFirst()
                .orElse(categoryZh);
    }

    private void summary(BatchSummary s) {
        Map<PhotoStatus, Integer> st = s.byStatus();
        out.println(lang.pick("共 " + s.rows().size() + " 张，用时 " + String.format("%.1f", s.seconds()) + " 秒：",
                s.rows().size() + " photos in " + String.format("%.1f", s.seconds()) + " s:"));
        for (PhotoStatus status : PhotoStatus.values()) {
            if (st.containsKey(status)) {
                out.println("  " + lang.pick(status.zh(), status.en()) + "  " + st.get(status));
            }
        }
        if (!s.byCategory().isEmpty()) {
            out.println(lang.pick("不合格类别（原照片）：", "Failed categories (originals):"));
            s.byCategory().forEach((c, k) -> out.println("  " + lang.pick(c, english(c)) + "  " + k));
        }
        Map<NameProblem, Integer> names = s.byNameProblem();
        if (!names.isEmpty()) {
            out.println(lang.pick("文件名问题：", "File name problems:"));
            names.forEach((k, v) -> out.println("  " + lang.pick(k.zh(), k.en()) + "  " + v));
        }
        out.println(lang.pick("已导出 " + s.exported() + " 张到 ", "Exported " + s.exported() + " photos to ")
                + outDir.resolve("export") + lang.pick("（及 export.zip）", " (and export.zip)"));
        out.println(lang.pick("报告：", "Reports: ") + outDir.resolve("report.html") + ", results.csv, results.xlsx");
    }
}
