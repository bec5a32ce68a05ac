package org.gradphoto.portal.graduation;

import java.util.List;

/** Why an application is not complete yet: a message key and its arguments (a course, credits). */
public record Problem(String key, List<String> args) implements java.io.Serializable {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as an array, for a message source. */
    public Object[] argArray() {
        return args.toArray();
    }
}
