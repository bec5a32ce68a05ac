package org.gradphoto.portal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words kept to be read later in the reader's language (an audit line, the name of an export): a message-bundle key
 * and the words that fill it in (names, numbers, file names; never a sentence of either language). Stored as the key
 * in one column and the arguments in another, separated by a control character that never reaches the portal's
 * text.
 */
public record Wording(String key, List<String> args) {

    /** What a text written before the portal kept wordings reads as: itself. */
    public static final String VERBATIM = "text.verbatim";

    private static final String SEPARATOR = "\u001f";
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,79}");

    public Wording {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a message key: " + key);
        }
        args = args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList();
    }

    /** The key filled in with each argument as text ({@code 12}, not {@code 12.0} or {@code 1,234}). */
    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }

    /** A text as it was written, before the portal kept the key: shown unchanged in every language. */
    public static Wording verbatim(String text) {
        return new Wording(VERBATIM, List.of(text == null ? "" : text));
    }

    /** As a column kept it: a null key is a text from before wordings. */
    public static Wording stored(String key, String joinedArgs) {
        if (key == null) {
            return verbatim(joinedArgs);
        }
        return new Wording(key, joinedArgs == null || joinedArgs.isEmpty() ? List.of() : List.of(joinedArgs.split(SEPARATOR, -1)));
    }

    /** The arguments in one column. */
    public String joinedArgs() {
        return String.join(SEPARATOR, args);
    }

    /** The arguments as a message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
