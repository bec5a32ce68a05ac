package org.gradphoto.engine.rules;

import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.profile.RuleParams;
import org.gradphoto.engine.profile.Severity;

/**
 * One rule of STANDARD.md's catalogue. A subclass reads its limits from the profile in its constructor (so a
 * broken profile fails when loaded) and judges one photo in {@link #check}. Texts come from the message bundles
 * under the rule's id: {@code ID.ok}, {@code ID.fail[.variant]}, {@code ID.fix}; for the candidate {@code ID.name},
 * {@code ID.fail[.variant].plain} and, where the fix names a tool, {@code ID.todo}.
 */
public abstract class Rule {

    private final String id;
    private final Category category;
    private final Severity severity;
    protected final RuleParams params;

    protected Rule(String id, Category category, Profile profile) {
        this.id = id;
        this.category = category;
        this.severity = profile.severity(id);
        this.params = profile.params(id);
    }

    public final String id() {
        return id;
    }

    public final Category category() {
        return category;
    }

    public final Severity severity() {
        return severity;
    }

    /** Judges one photo. Must not throw for any photo: what cannot be measured is NOT_MEASURED. */
    public abstract RuleResult check(RuleContext ctx);

    /** Whether the rule speaks to this check at all (a comparison with a reference photo only when one is given). */
    public boolean appliesTo(RuleContext ctx) {
        return true;
    }

    protected final RuleResult pass(Measurement m, Object... args) {
        return result(Status.PASSED, id + ".ok", m, args);
    }

    protected final RuleResult fail(String variant, Measurement m, Object... args) {
        return result(Status.FAILED, id + ".fail" + (variant == null ? "" : "." + variant), m, args);
    }

    /**
     * A failure reported at another severity than the rule's own: for a rule whose findings differ in weight
     * (hair over an eye rejects, over the brows only warns).
     */
    protected final RuleResult failWith(Severity as, String variant, Measurement m, Object... args) {
        return result(as, Status.FAILED, id + ".fail" + (variant == null ? "" : "." + variant), m, args);
    }

    protected final RuleResult verdict(boolean ok, String failVariant, Measurement m, Object... args) {
        return ok ? pass(m, args) : fail(failVariant, m, args);
    }

    /**
     * The rule could not be judged; {@code why} names a {@code notMeasured.*} message. On a picture too small to
     * analyse, a missing face, background or picture is said to be for that reason, which is the true one.
     */
    protected final RuleResult notMeasured(RuleContext ctx, String why, String limit) {
        String key = ctx.tooSmallToAnalyse() && MISSING_PIXELS.contains(why) ? "tooSmall" : why;
        return new RuleResult(id, severity, category, Status.NOT_MEASURED, null, "", "—", limit, null,
                Messages.zh("notMeasured." + key), Messages.en("notMeasured." + key), "", "",
                PlainWords.of(id, Status.NOT_MEASURED, "notMeasured." + key));
    }

    /**
     * What a rule says when its measuring threw: not measured, never a lost verdict for the whole photo. The
     * engine logs the cause; the fuzz tests assert that no photo ever gets here.
     */
    public final RuleResult measuringFailed(RuleContext ctx) {
        return notMeasured(ctx, "error", "—");
    }

    private static final java.util.Set<String> MISSING_PIXELS =
            java.util.Set.of("noImage", "noFace", "noBackground", "noShoulders", "noClothing");

    private RuleResult result(Status status, String key, Measurement m, Object... args) {
        return result(severity, status, key, m, args);
    }

    private RuleResult result(Severity as, Status status, String key, Measurement m, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = m.text();
        all[1] = m.limit();
        System.arraycopy(args, 0, all, 2, args.length);
        String fixZh = status == Status.FAILED ? Messages.zh(id + ".fix") : "";
        String fixEn = status == Status.FAILED ? Messages.en(id + ".fix") : "";
        return new RuleResult(id, as, category, status, m.value(), m.unit(), m.text(), m.limit(), m.values(),
                Messages.zh(key, all), Messages.en(key, all), fixZh, fixEn, PlainWords.of(id, status, key));
    }
}
