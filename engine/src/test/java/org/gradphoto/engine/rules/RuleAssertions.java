package org.gradphoto.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.testing.Engines;

/** Checks a file and returns one rule's result, asserting it is present. */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    public static RuleResult rule(String id, byte[] file, String name) {
        return rule(id, file, name, Engines.chsi());
    }

    public static RuleResult rule(String id, byte[] file, String name, Profile profile) {
        Inspection in = Engines.engine().inspect(file, name, profile);
        RuleResult r = in.result(id).orElseThrow();
        assertThat(r.id()).isEqualTo(id);
        return r;
    }
}
