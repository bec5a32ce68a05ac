package org.gradphoto.engine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One photo of ../shared/faces/labelled and its labels (labels.tsv: yes / no / unsure per property, the fix
 * expected, the note). The photos may not ship: tests using them skip with a message where ../shared is absent.
 */
public record Labelled(Path file, Map<String, String> labels) {

    public String name() {
        return file.getFileName().toString();
    }

    /** A label's value ("" when the column is empty or absent). */
    public String label(String column) {
        return labels.getOrDefault(column, "");
    }

    public boolean yes(String column) {
        return "yes".equals(label(column));
    }

    public boolean no(String column) {
        return "no".equals(label(column));
    }

    /** Every labelled photo; skips the calling test when ../shared/faces/labelled is absent. */
    public static List<Labelled> all() {
        Path root = Faces.sharedRoot();
        Path dir = root == null ? null : root.resolve("labelled");
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("labels.tsv")),
                "../shared/faces/labelled is absent: skipping a test on the labelled photos");
        try {
            List<String> lines = Files.readAllLines(dir.resolve("labels.tsv"));
            String[] head = lines.get(0).split("\t");
            List<Labelled> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] v = line.split("\t", -1);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < head.length && i < v.length; i++) {
                    m.put(head[i], v[i].strip());
                }
                out.add(new Labelled(dir.resolve(v[0]), m));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
