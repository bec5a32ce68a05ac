package org.gradphoto.engine.rules.file;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_DPI: the resolution written in the file (JFIF, else EXIF) is the profile's dpi, and the two agree. */
public final class FileDpiRule extends Rule {

    public static final String ID = "FILE_DPI";

    private final double dpi;
    private final double tolerance;

    public FileDpiRule(Profile profile) {
        super(ID, Category.FILE_FORMAT, profile);
        this.dpi = params.number("dpi");
        this.tolerance = params.number("tolerance");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        var f = ctx.file();
        String limit = Measurement.num(dpi, 0) + " dpi";
        if (f.dpi() == null) {
            return fail("missing", Measurement.text("—", limit));
        }
        Measurement m = Measurement.of(f.dpi(), "dpi", 0, limit);
        if (Math.abs(f.dpi() - dpi) > tolerance) {
            return fail(null, m, f.dpiSource());
        }
        if (f.exifDpi() != null && Math.abs(f.exifDpi() - dpi) > tolerance) {
            return fail("conflict", m, Measurement.num(f.exifDpi(), 0));
        }
        return pass(m);
    }
}
