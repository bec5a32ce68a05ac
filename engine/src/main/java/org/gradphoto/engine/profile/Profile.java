package org.gradphoto.engine.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One variant of the standard, read from a profile file: which backgrounds it allows, each rule's severity and
 * limits, and its published category hints. Built by {@link ProfileLoader}, which validates it.
 *
 * @param anyPlainBackground true when any plain colour distinct from the clothes is allowed (seed 004)
 * @param fix how the fixer frames a photo under this profile
 * @param print the size a photo is printed at
 */
public record Profile(
        String id,
        String nameZh,
        String nameEn,
        String source,
        List<BackgroundColour> backgrounds,
        boolean anyPlainBackground,
        Map<Category, CategoryHint> categoryHints,
        Map<String, RuleParams> rules,
        Map<String, Severity> severities,
        FixSettings fix,
        PrintSize print) {

    public Profile {
        backgrounds = List.copyOf(backgrounds);
        categoryHints = Map.copyOf(categoryHints);
        rules = Map.copyOf(rules);
        severities = Map.copyOf(severities);
        if (backgrounds.isEmpty() && !anyPlainBackground) {
            throw new InvalidProfileException(id, "allows no background colour");
        }
    }

    public RuleParams params(String ruleId) {
        RuleParams p = rules.get(ruleId);
        if (p == null) {
            throw new InvalidProfileException(id, "has no block for rule " + ruleId);
        }
        return p;
    }

    public Severity severity(String ruleId) {
        Severity s = severities.get(ruleId);
        if (s == null) {
            throw new InvalidProfileException(id, "has no severity for rule " + ruleId);
        }
        return s;
    }

    public Set<String> ruleIds() {
        return rules.keySet();
    }

    public Optional<CategoryHint> hint(Category c) {
        return Optional.ofNullable(categoryHints.get(c));
    }

    /** The picture this profile asks for, typed (size, windows, file limits, framing). */
    public FrameSpec frame() {
        return FrameSpec.of(this);
    }

    public Optional<BackgroundColour> background(String colourId) {
        return backgrounds.stream().filter(b -> b.id().equals(colourId)).findFirst();
    }
}
