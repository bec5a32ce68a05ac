package org.gradphoto.engine.fix;

import java.util.List;
import java.util.Optional;
import org.gradphoto.engine.inspection.Inspection;

/**
 * The outcome of a fix: {@link Fixed}, with the before and after inspections and the new file, or {@link Refused},
 * with the reason and what new photo to take. The accessors of both are on the interface, so that a caller that
 * only shows the outcome need not tell them apart.
 */
public sealed interface FixResult permits FixResult.Fixed, FixResult.Refused {

    /** Something a person should know about the fix. */
    record Note(String zh, String en) {
    }

    /**
     * A passing (or nearly passing) file was made.
     *
     * @param before the original file's inspection
     * @param after the fixed file's inspection
     * @param bytes the fixed JPEG
     * @param background the background put behind the person ({@code keep} when the old one was kept)
     * @param madeUpRows rows of clothing made up below the source (0 when none)
     * @param notes what was done that a person should know (zh/en pairs): enlargement, made-up rows, denoising
     */
    record Fixed(Inspection before, Inspection after, byte[] bytes, Placement placement, EncodedPhoto encoding,
            String background, int madeUpRows, List<Note> notes) implements FixResult {
        public Fixed {
            notes = List.copyOf(notes);
        }

        @Override
        public FixRefusal refusal() {
            return null;
        }
    }

    /**
     * Only a new photo can help.
     *
     * @param before the original file's inspection
     * @param refusal why, and what new photo to take
     * @param notes measured details of the reason (zh/en pairs)
     */
    record Refused(Inspection before, FixRefusal refusal, List<Note> notes) implements FixResult {
        public Refused {
            notes = List.copyOf(notes);
        }

        @Override
        public Inspection after() {
            return null;
        }

        @Override
        public byte[] bytes() {
            return null;
        }

        @Override
        public Placement placement() {
            return null;
        }

        @Override
        public EncodedPhoto encoding() {
            return null;
        }

        @Override
        public String background() {
            return null;
        }

        @Override
        public int madeUpRows() {
            return 0;
        }
    }

    Inspection before();

    /** The fixed file's inspection; null when refused. */
    Inspection after();

    /** The fixed JPEG; null when refused. */
    byte[] bytes();

    /** Why no fix was made; null when fixed. */
    FixRefusal refusal();

    Placement placement();

    EncodedPhoto encoding();

    String background();

    int madeUpRows();

    List<Note> notes();

    default boolean fixed() {
        return this instanceof Fixed;
    }

    default Optional<byte[]> output() {
        return Optional.ofNullable(bytes());
    }
}
