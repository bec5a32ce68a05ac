package org.gradphoto.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gradphoto.engine.profile.InvalidProfileException;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.rules.accessories.GlassesRule;
import org.gradphoto.engine.rules.accessories.HairRule;
import org.gradphoto.engine.rules.accessories.HeadwearRule;
import org.gradphoto.engine.rules.accessories.JewelleryRule;
import org.gradphoto.engine.rules.background.BackgroundColourRule;
import org.gradphoto.engine.rules.background.BackgroundUniformRule;
import org.gradphoto.engine.rules.background.ClothingContrastRule;
import org.gradphoto.engine.rules.face.EyesOpenRule;
import org.gradphoto.engine.rules.face.FaceFoundRule;
import org.gradphoto.engine.rules.face.MouthClosedRule;
import org.gradphoto.engine.rules.face.PoseFrontalRule;
import org.gradphoto.engine.rules.face.SamePersonRule;
import org.gradphoto.engine.rules.file.FileColorDepthRule;
import org.gradphoto.engine.rules.file.FileDimensionsRule;
import org.gradphoto.engine.rules.file.FileDpiRule;
import org.gradphoto.engine.rules.file.FileFormatRule;
import org.gradphoto.engine.rules.file.FileQualityRule;
import org.gradphoto.engine.rules.file.FileSizeRule;
import org.gradphoto.engine.rules.geometry.CenteredRule;
import org.gradphoto.engine.rules.geometry.CrownRule;
import org.gradphoto.engine.rules.geometry.EyeLineRule;
import org.gradphoto.engine.rules.geometry.EyesLevelRule;
import org.gradphoto.engine.rules.geometry.FaceWidthRule;
import org.gradphoto.engine.rules.geometry.ShouldersRule;
import org.gradphoto.engine.rules.image.ColourPhotoRule;
import org.gradphoto.engine.rules.image.ExposureRule;
import org.gradphoto.engine.rules.image.LightingRule;
import org.gradphoto.engine.rules.image.NoBorderRule;
import org.gradphoto.engine.rules.image.NoTextRule;
import org.gradphoto.engine.rules.image.RedEyeRule;
import org.gradphoto.engine.rules.image.SharpnessRule;
import org.gradphoto.engine.rules.meta.EditedRule;
import org.gradphoto.engine.rules.meta.RecentRule;

/** Every rule of STANDARD.md's catalogue, in its order, and the rule set a profile makes of them. */
public final class RuleCatalogue {

    private static final Map<String, Function<Profile, Rule>> RULES = new LinkedHashMap<>();

    static {
        RULES.put(FileFormatRule.ID, FileFormatRule::new);
        RULES.put(FileDimensionsRule.ID, FileDimensionsRule::new);
        RULES.put(FileDpiRule.ID, FileDpiRule::new);
        RULES.put(FileColorDepthRule.ID, FileColorDepthRule::new);
        RULES.put(FileQualityRule.ID, FileQualityRule::new);
        RULES.put(FileSizeRule.ID, FileSizeRule::new);
        RULES.put(FaceFoundRule.ID, FaceFoundRule::new);
        RULES.put(SamePersonRule.ID, SamePersonRule::new);
        RULES.put(CrownRule.ID, CrownRule::new);
        RULES.put(EyeLineRule.ID, EyeLineRule::new);
        RULES.put(FaceWidthRule.ID, FaceWidthRule::new);
        RULES.put(CenteredRule.ID, CenteredRule::new);
        RULES.put(EyesLevelRule.ID, EyesLevelRule::new);
        RULES.put(ShouldersRule.ID, ShouldersRule::new);
        RULES.put(PoseFrontalRule.ID, PoseFrontalRule::new);
        RULES.put(EyesOpenRule.ID, EyesOpenRule::new);
        RULES.put(MouthClosedRule.ID, MouthClosedRule::new);
        RULES.put(BackgroundColourRule.ID, BackgroundColourRule::new);
        RULES.put(BackgroundUniformRule.ID, BackgroundUniformRule::new);
        RULES.put(ClothingContrastRule.ID, ClothingContrastRule::new);
        RULES.put(ColourPhotoRule.ID, ColourPhotoRule::new);
        RULES.put(SharpnessRule.ID, SharpnessRule::new);
        RULES.put(ExposureRule.ID, ExposureRule::new);
        RULES.put(LightingRule.ID, LightingRule::new);
        RULES.put(RedEyeRule.ID, RedEyeRule::new);
        RULES.put(NoBorderRule.ID, NoBorderRule::new);
        RULES.put(NoTextRule.ID, NoTextRule::new);
        RULES.put(GlassesRule.ID, GlassesRule::new);
        RULES.put(HairRule.ID, HairRule::new);
        RULES.put(HeadwearRule.ID, HeadwearRule::new);
        RULES.put(JewelleryRule.ID, JewelleryRule::new);
        RULES.put(RecentRule.ID, RecentRule::new);
        RULES.put(EditedRule.ID, EditedRule::new);
    }

    private RuleCatalogue() {
    }

    public static List<String> ids() {
        return List.copyOf(RULES.keySet());
    }

    /** Rules checked only when the check is given a reference photo to compare with. */
    public static final java.util.Set<String> ONLY_WITH_A_REFERENCE = java.util.Set.of(SamePersonRule.ID);

    /**
     * Rules not measured automatically yet: they have no passing or failing text, only the sentence that tells the
     * candidate what to make sure of and the reviewer what to look at.
     */
    public static final java.util.Set<String> NOT_MEASURED_YET = java.util.Set.of(JewelleryRule.ID);

    /** The ids of the rules every check reports, in catalogue order (those needing a reference left out). */
    public static List<String> checkedOnEveryPhoto() {
        return RULES.keySet().stream().filter(id -> !ONLY_WITH_A_REFERENCE.contains(id)).toList();
    }

    /** The rules as the profile sets them; a profile lacking a rule, or naming an unknown one, is refused. */
    public static List<Rule> forProfile(Profile profile) {
        for (String id : profile.ruleIds()) {
            if (!RULES.containsKey(id)) {
                throw new InvalidProfileException(profile.id(), "names an unknown rule " + id);
            }
        }
        List<Rule> out = new ArrayList<>();
        RULES.forEach((id, make) -> out.add(make.apply(profile)));
        return List.copyOf(out);
    }
}
