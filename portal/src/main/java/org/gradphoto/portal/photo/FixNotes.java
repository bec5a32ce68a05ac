package org.gradphoto.portal.photo;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.engine.fix.FixResult;

/**
 * The notes of a fixed version as one column: each note's Chinese and English, a note per line. The notes are the
 * engine's sentences and hold no line breaks nor control characters; a column that would overflow keeps the first
 * notes whole.
 */
final class FixNotes {

    static final int MAX_LENGTH = 2000;
    private static final String BETWEEN = "\u001f";

    private FixNotes() {
    }

    static String encode(List<FixResult.Note> notes) {
        StringBuilder b = new StringBuilder();
        for (FixResult.Note n : notes) {
            String line = n.zh() + BETWEEN + n.en();
            if (b.length() + line.length() + 1 > MAX_LENGTH) {
                break;
            }
            b.append(b.isEmpty() ? "" : "\n").append(line);
        }
        return b.isEmpty() ? null : b.toString();
    }

    static List<FixResult.Note> decode(String column) {
        List<FixResult.Note> notes = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return notes;
        }
        for (String line : column.split("\n")) {
            String[] parts = line.split(BETWEEN, 2);
            notes.add(new FixResult.Note(parts[0], parts.length > 1 ? parts[1] : parts[0]));
        }
        return notes;
    }
}
