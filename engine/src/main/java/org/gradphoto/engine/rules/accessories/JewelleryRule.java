package org.gradphoto.engine.rules.accessories;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/**
 * ACC_JEWELLERY: no earrings or necklace (不得佩戴耳环、项链等饰品), and where the profile says so no conspicuous hair
 * clips (seed 004: 发卡等夸张饰品). Not measured automatically yet: on the labelled photos no colour, shine or
 * contrast measure at the ear lobes or under the chin told jewellery from hair, skin, clothing and background
 * (docs/CALIBRATION.md). Rather than pass silently, every photo with a face gets the sentence for the candidate to
 * make sure of and for the reviewer to look at.
 */
public final class JewelleryRule extends Rule {

    public static final String ID = "ACC_JEWELLERY";

    private final boolean hairClips;

    public JewelleryRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.hairClips = params.flag("hairClips", false);
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        if (ctx.workingFace().isEmpty()) {
            return notMeasured(ctx, "noFace", "—");
        }
        return notMeasured(ctx, hairClips ? "jewelleryAndClips" : "jewellery", "—");
    }
}
