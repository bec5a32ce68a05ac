package org.gradphoto.engine.rules;

/**
 * What a result says to a candidate, who is not an engineer: the rule's short name, what is wrong in plain words
 * (no measurement, no rule id) and what to do (no tool named). Empty where there is nothing to say: a passed rule, or
 * one that could not be measured for a reason only staff need to know.
 */
public record PlainWords(String nameZh, String nameEn, String plainZh, String plainEn, String todoZh, String todoEn) {

    private static final String NONE = "";

    /** The words for a result of rule {@code id} reported under message {@code key}. */
    static PlainWords of(String id, Status status, String key) {
        String nameZh = Messages.zh(id + ".name");
        String nameEn = Messages.en(id + ".name");
        boolean speaks = status == Status.FAILED || status == Status.NOT_MEASURED && Messages.has(key + ".plain");
        if (!speaks) {
            return new PlainWords(nameZh, nameEn, NONE, NONE, NONE, NONE);
        }
        String todo = Messages.has(id + ".todo") ? id + ".todo" : id + ".fix";
        boolean hasTodo = Messages.has(todo);
        return new PlainWords(nameZh, nameEn, Messages.zh(key + ".plain"), Messages.en(key + ".plain"),
                hasTodo ? Messages.zh(todo) : NONE, hasTodo ? Messages.en(todo) : NONE);
    }

    public boolean speaks() {
        return !plainZh.isEmpty();
    }
}
