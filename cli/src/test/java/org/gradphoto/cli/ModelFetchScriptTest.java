package org.gradphoto.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's model fetch, on a machine without npm: one clear sentence saying what to install. */
class ModelFetchScriptTest {

    @Test
    void withoutNpmSaysWhatToInstallInOneSentence(@TempDir Path tmp) throws Exception {
        Path script = Path.of("../models/fetch-models.sh").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(script), "models/fetch-models.sh not found beside the cli module");
        // a PATH with the tools the script uses, but no npm
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : new String[] {"bash", "sha256sum", "cut", "cp", "mkdir", "dirname", "tr", "tar", "dd", "chmod",
            "mv", "rm", "mktemp", "cat", "tail", "head", "gzip"}) {
            for (String d : new String[] {"/usr/bin", "/bin"}) {
                Path t = Path.of(d, tool);
                if (Files.isExecutable(t) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), t);
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder(bin.resolve("bash").toString(), script.toString(), tmp.resolve("out").toString());
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("GRADPHOTO_MODEL_CACHE", tmp.resolve("empty-cache").toString());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).contains("npm, which is not installed", "install Node.js with npm");
    }
}
