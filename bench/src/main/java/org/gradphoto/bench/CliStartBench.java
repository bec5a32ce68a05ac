package org.gradphoto.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gradphoto.engine.testing.Engines;

/**
 * JVM start to first verdict: {@code java -jar cli/target/gradphoto.jar check photo.jpg} run as a new process,
 * wall time from start to exit, with the JVM flags of the {@code ./gradphoto} launcher and with none.
 * Run from the repository root after {@code mvn -q install -DskipTests}:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.gradphoto.bench.CliStartBench}
 */
public final class CliStartBench {

    private CliStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "../cli/target/gradphoto.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            jar = Path.of("cli/target/gradphoto.jar").toAbsolutePath();
        }
        Path photo = Files.createTempFile("bench", ".jpg");
        Files.write(photo, Engines.compliant("idpass/sample_id_3.png"));
        System.out.println("# CliStartBench — " + Timing.machine());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        report("java -jar (default JVM flags)", List.of(java, "-jar", jar.toString(), "check", photo.toString()));
        report("./gradphoto flags (SerialGC, C1 only)", List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "check", photo.toString()));
        Files.delete(photo);
    }

    private static void report(String label, List<String> cmd) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(120, TimeUnit.SECONDS);
            if (i > 0) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "| %s | %.0f ms median | %.0f ms min | %.0f ms max |%n", label, ms.get(ms.size() / 2),
                ms.get(0), ms.get(ms.size() - 1));
    }
}
