package org.gradphoto.engine.rules.meta;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.Measurement;
import org.gradphoto.engine.rules.Rule;
import org.gradphoto.engine.rules.RuleContext;
import org.gradphoto.engine.rules.RuleResult;

/** META_RECENT: taken within the profile's months (近期: 6 months seed 001, 12 seeds 002/004), where EXIF says when. */
public final class RecentRule extends Rule {

    public static final String ID = "META_RECENT";

    private final int months;

    public RecentRule(Profile profile) {
        super(ID, Category.OTHER, profile);
        this.months = params.integer("months");
    }

    @Override
    public RuleResult check(RuleContext ctx) {
        String limit = "≤ " + months + " months";
        if (ctx.file().captureDate() == null) {
            return notMeasured(ctx, "noDate", limit);
        }
        LocalDate taken = ctx.file().captureDate().toLocalDate();
        long age = ChronoUnit.MONTHS.between(taken, ctx.today());
        Measurement m = new Measurement((double) age, "months", taken + " (" + age + " months)", limit, java.util.Map.of());
        if (taken.isAfter(ctx.today())) {
            return fail("future", m);
        }
        return verdict(!taken.plusMonths(months).isBefore(ctx.today()), null, m);
    }
}
