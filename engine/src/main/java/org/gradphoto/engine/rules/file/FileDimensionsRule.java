package org.gradphoto.engine.rules.file;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_DIMENSIONS: exactly the profile's width x height in stored pixels. */
public final class FileDimensionsRule extends Rule {

    public static final String ID = "FILE_DIMENSIONS";

    private final int width;
    private final int height;

    public FileDimensionsRule(Profile profile) {
        super(ID, Category.FILE_FORMAT, profile);
        this.width = params.integer("width");
        this.height = params.integer("height");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        var f = ctx.file();
        String limit = width + " × " + height + " px";
        if (f.width() == null || f.height() == null) {
            return notMeasured(ctx, "noImage", limit);
        }
        Measurement m = Measurement.text(f.width() + " × " + f.height() + " px", limit)
                .with(java.util.Map.of("width", (double) f.width(), "height", (double) f.height()));
        if (f.width() == width && f.height() == height && f.orientationSwapsAxes()) {
            return fail("rotated", m, f.orientation());
        }
        return verdict(f.width() == width && f.height() == height, null, m);
    }
}
