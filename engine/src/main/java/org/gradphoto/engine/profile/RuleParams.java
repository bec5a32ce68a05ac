package org.gradphoto.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule's block of a profile: its severity and its limits. Asking for a value the profile lacks or has in the
 * wrong shape is an {@link InvalidProfileException} naming the profile, rule and key, raised when the profile is
 * loaded (every rule reads its values then), never in the middle of a check.
 */
public final class RuleParams {

    private final String profileId;
    private final String ruleId;
    private final JsonNode node;

    public RuleParams(String profileId, String ruleId, JsonNode node) {
        this.profileId = profileId;
        this.ruleId = ruleId;
        this.node = node;
    }

    public String ruleId() {
        return ruleId;
    }

    public boolean has(String key) {
        return node != null && node.has(key) && !node.get(key).isNull();
    }

    public double number(String key) {
        JsonNode v = value(key);
        if (!v.isNumber()) {
            throw invalid(key, "must be a number");
        }
        return v.asDouble();
    }

    public int integer(String key) {
        JsonNode v = value(key);
        if (!v.isInt()) {
            throw invalid(key, "must be a whole number");
        }
        return v.asInt();
    }

    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            throw invalid(key, "must be true or false");
        }
        return v.asBoolean();
    }

    /** A severity named by a parameter (ERROR or WARNING). */
    public Severity severity(String key) {
        String v = text(key);
        try {
            return Severity.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw invalid(key, "must be ERROR or WARNING");
        }
    }

    public String text(String key) {
        JsonNode v = value(key);
        if (!v.isTextual()) {
            throw invalid(key, "must be text");
        }
        return v.asText();
    }

    public List<String> texts(String key) {
        JsonNode v = value(key);
        if (!v.isArray()) {
            throw invalid(key, "must be a list");
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return List.copyOf(out);
    }

    public JsonNode node(String key) {
        return value(key);
    }

    private JsonNode value(String key) {
        if (!has(key)) {
            throw invalid(key, "is missing");
        }
        return node.get(key);
    }

    private InvalidProfileException invalid(String key, String what) {
        return new InvalidProfileException(profileId, "rules." + ruleId + "." + key + " " + what);
    }
}
