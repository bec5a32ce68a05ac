package org.gradphoto.engine.rules.file;

import org.gradphoto.engine.image.ColourModel;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_COLOR_DEPTH: 24-bit true colour, i.e. three 8-bit components (YCbCr or RGB), not grey, not CMYK. */
public final class FileColorDepthRule extends Rule {

    public static final String ID = "FILE_COLOR_DEPTH";

    private final int bits;

    public FileColorDepthRule(Profile profile) {
        super(ID, Category.FILE_FORMAT, profile);
        this.bits = params.integer("bitsPerPixel");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        var f = ctx.file();
        String limit = bits + "-bit (3 × " + bits / 3 + ")";
        if (f.components() == null || f.bitsPerComponent() == null) {
            return notMeasured(ctx, "noImage", limit);
        }
        int total = f.components() * f.bitsPerComponent();
        Measurement m = Measurement.text(total + "-bit (" + f.components() + " × " + f.bitsPerComponent() + ", "
                + f.colourModel() + ")", limit).with(java.util.Map.of("bitsPerPixel", (double) total));
        boolean trueColour = f.components() == 3 && f.bitsPerComponent() * 3 == bits
                && (f.colourModel() == ColourModel.YCBCR || f.colourModel() == ColourModel.RGB);
        if (trueColour) {
            return pass(m);
        }
        return fail(switch (f.colourModel()) {
            case GREY, GREY_ALPHA -> "grey";
            case CMYK, YCCK -> "cmyk";
            case INDEXED -> "indexed";
            case RGBA -> "alpha";
            default -> null;
        }, m);
    }
}
