package org.gradphoto.engine.fix;

import java.util.List;
import java.util.Optional;
import org.gradphoto.engine.Inspection;

/**
 * The outcome of a fix: the before and after inspections and the new file, or the reason it was refused.
 *
 * @param before the original file's inspection
 * @param after the fixed file's inspection (null when refused)
 * @param bytes the fixed JPEG (null when refused)
 * @param refusal why no fix was made (null when fixed)
 * @param notes what was done that a person should know (zh/en pairs), e.g. enlargement or denoising
 */
public record FixResult(Inspection before, Inspection after, byte[] bytes, FixRefusal refusal, Placement placement,
        EncodedPhoto encoding, String background, List<Note> notes) {

    /** Something a person should know about the fix. */
    public record Note(String zh, String en) {
    }

    public FixResult {
        notes = List.copyOf(notes);
    }

    public boolean fixed() {
        return refusal == null;
    }

    public Optional<byte[]> output() {
        return Optional.ofNullable(bytes);
    }
}
