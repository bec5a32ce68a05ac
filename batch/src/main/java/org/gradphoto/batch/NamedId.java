package org.gradphoto.batch;

import java.util.Locale;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.identity.InvalidIdNumberException;

/**
 * A file name read as an ID number, as batches from schools and studios are named ({@code <ID number>.jpg}):
 * the number (normalised, a 15-digit one upgraded to 18), or the problem with it.
 *
 * @param id the number, or null when the name is no valid ID number
 * @param problem what is wrong with the name, or null
 * @param upgraded the name held an old 15-digit number
 */
public record NamedId(IdNumber id, NameProblem problem, boolean upgraded) {

    public static NamedId of(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String n = IdNumber.normalise(stem).replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IdNumber id = IdNumber.of(n);
            return new NamedId(id, null, n.length() == 15);
        } catch (InvalidIdNumberException e) {
            if (!n.matches("\\d{17}[\\dX]|\\d{15}")) {
                return new NamedId(null, NameProblem.NOT_AN_ID, false);
            }
            return new NamedId(null, switch (e.reason()) {
                case AREA -> NameProblem.AREA;
                case BIRTH_DATE -> NameProblem.BIRTH_DATE;
                case CHECK_DIGIT -> NameProblem.CHECK_DIGIT;
                case FORMAT -> NameProblem.NOT_AN_ID;
            }, false);
        }
    }

    /** The same name, marked as one of several with its number. */
    public NamedId duplicate() {
        return new NamedId(id, NameProblem.DUPLICATE, upgraded);
    }
}
