package org.gradphoto.engine.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The engine as its users may see it: the facade and its results, profiles, identity numbers, reports, and
 * the few rule and fix types a result is made of. Everything else (vision models, image decoding, single
 * rules, the fix's planner and composer) may change without telling cli, batch or portal.
 */
public final class EngineApi {

    private static final String ENGINE = "org.gradphoto.engine";

    /** Packages whose public types are all API. */
    private static final List<String> API_PACKAGES = List.of(
            ENGINE, ENGINE + ".inspection", ENGINE + ".profile", ENGINE + ".identity", ENGINE + ".report");

    /** API types that live beside internals: the parts of an inspection's and a fix's result. */
    private static final List<String> API_TYPES = List.of(
            ENGINE + ".rules.RuleResult", ENGINE + ".rules.PlainWords", ENGINE + ".rules.Status", ENGINE + ".rules.RuleCatalogue",
            ENGINE + ".image.FileFacts", ENGINE + ".image.ImageFormat", ENGINE + ".image.ColourModel",
            ENGINE + ".image.UnreadablePhotoException", ENGINE + ".face.FaceFacts", ENGINE + ".face.FaceEmbedding",
            ENGINE + ".fix.FixOptions", ENGINE + ".fix.FixResult", ENGINE + ".fix.FixRefusal",
            ENGINE + ".fix.EncodedPhoto", ENGINE + ".fix.Placement", ENGINE + ".fix.Subsampling");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("engine internals", type -> {
                if (!type.getPackageName().startsWith(ENGINE)) {
                    return false;
                }
                if (API_PACKAGES.contains(type.getPackageName())) {
                    return false;
                }
                String name = type.getName();
                return API_TYPES.stream().noneMatch(api -> name.equals(api) || name.startsWith(api + "$"));
            });

    private EngineApi() {
    }

    /** Code outside the engine depends only on the engine's API. */
    public static ArchRule usedOnlyThroughItsApi() {
        return noClasses().that().resideOutsideOfPackage(ENGINE + "..")
                .should().dependOnClassesThat(INTERNAL)
                .because("cli, batch and portal use the engine through PhotoEngine and its result types");
    }
}
