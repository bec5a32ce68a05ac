package org.gradphoto.portal;

/**
 * Free text as the columns keep it: stripped, and no longer than its column. Value objects and entities check
 * their texts with this in their constructors and methods, so that an over-long field is a refusal with a reason,
 * never a database error.
 */
public final class Text {

    private Text() {
    }

    /** True when {@code s} (stripped) fits a column of {@code max} characters; null fits. */
    public static boolean fits(String s, int max) {
        return s == null || s.strip().length() <= max;
    }

    /** The text stripped; {@link IllegalArgumentException} naming {@code what} when longer than {@code max}. */
    public static String limited(String s, int max, String what) {
        if (!fits(s, max)) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return s == null ? null : s.strip();
    }

    /** The text stripped; a {@link RefusedException} with {@code messageKey} when longer than {@code max}. */
    public static String limitedOrRefused(String s, int max, String messageKey) {
        if (!fits(s, max)) {
            throw new RefusedException(messageKey);
        }
        return s == null ? null : s.strip();
    }
}
