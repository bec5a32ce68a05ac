package org.gradphoto.engine.rules.file;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** FILE_SIZE: bytes on disk inside the profile's window (1 KB = 1024 bytes, as Windows shows sizes). */
public final class FileSizeRule extends Rule {

    public static final String ID = "FILE_SIZE";

    private final double minKb;
    private final double maxKb;

    public FileSizeRule(Profile profile) {
        super(ID, Category.FILE_SIZE, profile);
        this.minKb = params.number("minKb");
        this.maxKb = params.number("maxKb");
        if (minKb >= maxKb) {
            throw new org.gradphoto.engine.profile.InvalidProfileException(profile.id(), "FILE_SIZE minKb >= maxKb");
        }
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        double kb = ctx.file().sizeKb();
        Measurement m = Measurement.of(kb, "KB", 1, Measurement.range(minKb, maxKb, "KB"))
                .with(java.util.Map.of("bytes", (double) ctx.file().sizeBytes()));
        if (kb < minKb) {
            return fail("small", m);
        }
        return verdict(kb <= maxKb, "large", m);
    }

    public double minKb() {
        return minKb;
    }

    public double maxKb() {
        return maxKb;
    }
}
