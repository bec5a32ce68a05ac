package org.gradphoto.engine.rules.file;

import java.util.List;
import org.gradphoto.engine.image.ImageFormat;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_FORMAT: a real, complete, decodable JPEG whose extension the profile allows. */
public final class FileFormatRule extends Rule {

    public static final String ID = "FILE_FORMAT";

    private final List<String> extensions;

    public FileFormatRule(Profile profile) {
        super(ID, Category.FILE_FORMAT, profile);
        this.extensions = params.texts("extensions");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        var f = ctx.file();
        String limit = "JPEG, ." + String.join(" / .", extensions);
        String found = f.format().label() + (f.extension().isEmpty() ? "" : ", ." + f.extension());
        Measurement m = Measurement.text(found, limit);
        if (f.format() != ImageFormat.JPEG) {
            return fail("notJpeg", m, f.format().label());
        }
        if (ctx.photo().isEmpty() && !ctx.tooSmallToAnalyse()) {
            return fail("undecodable", m);
        }
        if (Boolean.FALSE.equals(f.jpegComplete())) {
            return fail("truncated", m);
        }
        if (!extensions.contains(f.extension())) {
            return fail("extension", m, f.extension().isEmpty() ? "—" : "." + f.extension());
        }
        return pass(m);
    }
}
