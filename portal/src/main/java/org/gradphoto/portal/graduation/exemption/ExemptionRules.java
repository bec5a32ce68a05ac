package org.gradphoto.portal.graduation.exemption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A province's exemption regulation as data (resources exemptions/&lt;id&gt;.yaml): another province is another
 * file, no code. Loading refuses an unknown field, a rule without its article or text, and duplicate ids.
 */
public record ExemptionRules(String id, String nameZh, String source, List<ExemptionRule> rules) {

    /** The regulations shipped: Xinjiang (seed 001 附件3) and Anhui (seed 002). */
    public static final List<String> BUILTIN = List.of("xinjiang", "anhui");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ExemptionRules {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (ExemptionRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate rule id " + r.id());
            }
        }
    }

    public static ExemptionRules load(String id) {
        if (!BUILTIN.contains(id)) {
            throw new IllegalArgumentException("unknown exemption rules " + id);
        }
        try (InputStream in = ExemptionRules.class.getResourceAsStream("/exemptions/" + id + ".yaml")) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read exemption rules " + id, e);
        }
    }

    public static ExemptionRules parse(InputStream yaml) throws IOException {
        return YAML.readValue(yaml, ExemptionRules.class);
    }

    public Optional<ExemptionRule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** The rules by which this qualification exempts this course of a major of that level and category. */
    public List<ExemptionRule> exempting(Qualification q, Course course, Level majorLevel, String majorCategory) {
        return rules.stream().filter(r -> r.exempts(q, course, majorLevel, majorCategory)).toList();
    }

    /** A course that one of the candidate's qualifications exempts, with the rule that says so. */
    public record Suggestion(Course course, Qualification qualification, ExemptionRule rule) {
    }

    /** For each course, every (qualification, rule) pair that exempts it. */
    public List<Suggestion> suggest(List<Qualification> held, List<Course> courses, Level majorLevel, String majorCategory) {
        List<Suggestion> out = new ArrayList<>();
        for (Course c : courses) {
            for (Qualification q : held) {
                for (ExemptionRule r : exempting(q, c, majorLevel, majorCategory)) {
                    out.add(new Suggestion(c, q, r));
                }
            }
        }
        return out;
    }
}
