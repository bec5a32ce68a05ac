package org.gradphoto.engine.rules.meta;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * META_EDITED: no sign in the metadata of editing software or beauty filters (美颜照 are refused by seed 002).
 * Metadata can be stripped, so a clean result proves nothing; a hit is for a person to look at.
 */
public final class EditedRule extends Rule {

    public static final String ID = "META_EDITED";

    public EditedRule(Profile profile) {
        super(ID, Category.OTHER, profile);
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        var tools = ctx.file().editingSoftware();
        Measurement m = Measurement.text(tools.isEmpty() ? "—" : String.join("; ", tools), "—");
        return verdict(tools.isEmpty(), null, m, String.join("; ", tools));
    }
}
