package org.gradphoto.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gradphoto check} on a folder of broken files, as its own process so that what the native decoders print
 * on stderr is seen: every file gets its line, the folder is not stopped by one of them, and neither libjpeg's nor
 * libpng's English complaints reach the person.
 */
class BrokenFilesCommandTest {

    @TempDir
    Path dir;

    @Test
    void checksEveryBrokenFileOfAFolderAndPrintsNoDecoderNoise() throws Exception {
        Path shared = Faces.sharedRoot();
        Path broken = shared == null ? null : shared.getParent().resolve("broken");
        assumeTrue(broken != null && Files.isDirectory(broken), "../shared/broken is absent: skipping");
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(broken)) {
            files = s.filter(p -> p.toString().matches(".*\\.(jpg|png)$")).sorted().toList();
        }
        for (Path p : files) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        Files.write(folder.resolve("made_here_2x3.jpg"),
                BadFiles.tinyJpeg(Faces.bytes(Faces.shipped("hivision/test3.jpg")), 2, 3));
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check",
                "--annotate", dir.resolve("annotated").toString(), folder.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = read(dir.resolve("out.txt"));
        String err = read(dir.resolve("err.txt"));
        // some are unreadable (exit 2), none stopped the run
        assertThat(run.exitValue()).isEqualTo(ExitCodes.UNREADABLE);
        for (Path p : files) {
            assertThat(out).contains(p.getFileName().toString());
        }
        assertThat(out).contains("made_here_2x3.jpg", "共 " + (files.size() + 1) + " 张");
        assertThat(out + err).doesNotContain("libpng", "Corrupt JPEG", "Exception", "\tat ");
        assertThat(err).doesNotContain("出错了");
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
