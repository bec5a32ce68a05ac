package org.gradphoto.engine.rules.file;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_QUALITY: JPEG quality, estimated from the quantisation tables, at least the profile's minimum. */
public final class FileQualityRule extends Rule {

    public static final String ID = "FILE_QUALITY";

    private final double min;

    public FileQualityRule(Profile profile) {
        super(ID, Category.FILE_FORMAT, profile);
        this.min = params.number("min");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≥ " + Measurement.num(min, 0);
        Double q = ctx.file().jpegQuality();
        if (q == null) {
            return notMeasured(ctx, "notJpeg", limit);
        }
        return verdict(q >= min, null, Measurement.of(q, "", 1, limit));
    }
}
