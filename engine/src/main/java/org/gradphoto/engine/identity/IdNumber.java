package org.gradphoto.engine.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A resident identity number of GB 11643-1999 (居民身份证号码; the residence permits of Hong Kong, Macao and Taiwan
 * residents use the same scheme with area codes 810000, 820000, 830000): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd for men), and a check character by ISO 7064 MOD 11-2. Input is normalised first (trimmed,
 * full-width characters made half-width, x upper-cased); an old 15-digit number is upgraded to 18 digits. An
 * instance always holds a valid number: construction refuses anything else.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes (first two digits) of GB/T 2260, plus 81-83 for the residence permits. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82", "83");

    /** No one applying for a certificate today was born before it (a year of 18xx is a typing slip). */
    static final int EARLIEST_BIRTH_YEAR = 1900;

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses and validates; throws {@link InvalidIdNumberException} saying what is wrong. */
    public static IdNumber of(String input) {
        String s = normalise(input);
        if (s.matches("\\d{15}")) {
            s = upgrade(s);
        }
        if (!s.matches("\\d{17}[\\dX]")) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT, s);
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.AREA, s);
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BIRTH_DATE, s);
        }
        if (born.getYear() < EARLIEST_BIRTH_YEAR || born.isAfter(LocalDate.now())) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BIRTH_DATE, s);
        }
        if (s.charAt(17) != checkCharacter(s.substring(0, 17))) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.CHECK_DIGIT, s);
        }
        return new IdNumber(s);
    }

    /** The number if the text is a valid one, else empty. */
    public static Optional<IdNumber> parse(String input) {
        try {
            return Optional.of(of(input));
        } catch (InvalidIdNumberException e) {
            return Optional.empty();
        }
    }

    /** Trims, turns full-width digits and letters into half-width, upper-cases x. */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : input.trim().toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c == 'x' ? 'X' : c);
        }
        return b.toString().trim();
    }

    /** The number made of these 17 digits and their check character (for generating numbers, e.g. demo data). */
    public static IdNumber complete(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT, first17);
        }
        return of(first17 + checkCharacter(first17));
    }

    /** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** An old 15-digit number (year without its century, no check character) as its 18-digit form. */
    private static String upgrade(String fifteen) {
        String first17 = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        return first17 + checkCharacter(first17);
    }

    public String value() {
        return value;
    }

    public String areaCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** True for men (odd sequence digit). */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** Hong Kong, Macao or Taiwan residents' permit (area 81, 82, 83). */
    public boolean residencePermit() {
        return value.startsWith("81") || value.startsWith("82") || value.startsWith("83");
    }

    /** For lists and logs: the first four and last four characters, e.g. 1101**********002X. */
    public String masked() {
        return mask(value);
    }

    /** Masks any ID-like text the same way; short or missing text becomes ****. */
    public static String mask(String s) {
        if (s == null || s.length() <= 8) {
            return "****";
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: an ID number never reaches a log in full by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
