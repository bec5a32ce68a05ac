package org.gradphoto.cli.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gradphoto.cli.ExitCodes;
import org.gradphoto.cli.Lang;
import org.gradphoto.cli.PhotoFiles;
import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.Profiles;
import org.gradphoto.engine.report.InspectionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gradphoto check <photo|folder>...}: every rule's verdict for each photo. Exit code 0 when every photo
 * passes (warnings allowed unless {@code --strict}), 1 when a rule failed, 2 when a file could not be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"按规范逐条检查照片（文件或文件夹）。", "Check photos (files or folders) rule by rule."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:全部合格 all passed", "1:有规则不合格 some rule failed", "2:无法读取 could not read"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PHOTO", description = "照片文件或文件夹 / photo files or folders")
    List<Path> inputs;

    @Option(names = "--profile", paramLabel = "P", defaultValue = Profiles.DEFAULT,
            description = "规范：chsi-2017（默认）、zikao-xinjiang、zikao-anhui、adult-online-2024 或 .yaml 文件 / "
                    + "profile id or .yaml file (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--lang", defaultValue = "zh", description = "输出语言 output language: zh, en")
    Lang lang;

    @Option(names = "--json", description = "输出 JSON（gradphoto.inspection/1）/ print JSON")
    boolean json;

    @Option(names = "--annotate", paramLabel = "OUT.png",
            description = "画出头顶、眼睛窗口和测量线 / draw the guides; a folder when several photos are checked")
    Path annotate;

    @Option(names = "--all", description = "列出所有规则（多张照片时默认只列不合格项）/ list every rule for every photo")
    boolean all;

    @Option(names = "--reference", paramLabel = "REF.jpg",
            description = "与参考照片（如录取照片、身份证照片）比对是否本人 / compare with a reference photo of the person "
                    + "(admission or ID-card photo)")
    Path reference;

    @Option(names = "--strict", description = "提示项也算不合格 / warnings count as failures for the exit code")
    boolean strict;

    private final PrintStream out;
    private final PrintStream err;

    public CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Profile p = Profiles.get(profile);
        List<Path> files = PhotoFiles.expand(inputs);
        if (files.isEmpty()) {
            err.println(lang.pick("gradphoto: 没有找到文件。", "gradphoto: no files found."));
            return ExitCodes.UNREADABLE;
        }
        PhotoEngine engine = new PhotoEngine();
        engine.rules(p);
        FaceEmbedding ref = null;
        if (reference != null) {
            Optional<FaceEmbedding> face = referenceFace(engine);
            if (face.isEmpty()) {
                return ExitCodes.UNREADABLE;
            }
            ref = face.get();
        }
        InspectionPrinter printer = new InspectionPrinter(out, lang);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int exit = ExitCodes.PASSED;
        boolean single = files.size() == 1;
        for (Path f : files) {
            Inspection in = engine.inspect(f, p, ref);
            if (json) {
                array.add(InspectionJson.toJson(in));
            } else if (single || all) {
                printer.full(in, p);
            } else {
                printer.line(in);
            }
            if (annotate != null) {
                writeAnnotation(engine, f, in, p, single);
            }
            exit = Math.max(exit, exitCode(in));
        }
        if (json) {
            out.println(InspectionJson.mapper().writeValueAsString(single ? array.get(0) : array));
        } else if (!single) {
            printer.summary();
        }
        return exit;
    }

    /** The reference photo's face; empty (and said why) when the file cannot be read or shows no single face. */
    private Optional<FaceEmbedding> referenceFace(PhotoEngine engine) {
        byte[] bytes;
        try {
            if (Files.size(reference) > PhotoEngine.maxFileBytes()) {
                err.println(lang.pick("gradphoto: 参考照片 " + reference + " 太大。", "gradphoto: the reference photo "
                        + reference + " is too large."));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(reference);
        } catch (IOException e) {
            err.println(lang.pick("gradphoto: 无法读取参考照片 " + reference + "。", "gradphoto: cannot read the reference photo "
                    + reference + "."));
            return Optional.empty();
        }
        Optional<FaceEmbedding> face = engine.faceOf(bytes, reference.getFileName().toString());
        if (face.isEmpty()) {
            err.println(lang.pick("gradphoto: 参考照片 " + reference + " 中找不到清晰的人脸。",
                    "gradphoto: no clear face in the reference photo " + reference + "."));
        }
        return face;
    }

    private int exitCode(Inspection in) {
        if (in.verdict() == Verdict.UNREADABLE) {
            return ExitCodes.UNREADABLE;
        }
        if (in.verdict() == Verdict.FAIL || (strict && in.verdict() == Verdict.WARNINGS)) {
            return ExitCodes.FAILED;
        }
        return ExitCodes.PASSED;
    }

    private void writeAnnotation(PhotoEngine engine, Path file, Inspection in, Profile p, boolean single)
            throws IOException {
        Path target = annotate;
        if (!single) {
            Files.createDirectories(annotate);
            target = annotate.resolve(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".annotated.png");
        } else if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        var png = engine.annotate(Files.readAllBytes(file), in, p);
        if (png.isPresent()) {
            Files.write(target, png.get());
        } else {
            err.println(lang.pick("gradphoto: 无法为 " + file + " 画图（文件无法读取）。",
                    "gradphoto: cannot annotate " + file + " (unreadable)."));
        }
    }
}
