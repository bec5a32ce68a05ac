package org.gradphoto.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared photo through the fixer, on white and on light blue: each one with one usable face comes out
 * passing every hard rule of the profile; every other one is refused with the reason a person would give.
 */
class SharedPhotosFixTest {

    /** What each photo is: FIXABLE(); otherwise a refusal it must get (see {@link #ALSO_TRUE} for photos with two). */
    private static final Map<String, FixRefusal> EXPECTED = Map.ofEntries(
            Map.entry("idpass/sample_id_1.png", FIXABLE()),
            Map.entry("idpass/sample_id_2.png", FIXABLE()),
            Map.entry("idpass/sample_id_3.png", FIXABLE()),
            Map.entry("idpass/sample_id_4.png", FIXABLE()),
            Map.entry("hivision/test1.jpg", FIXABLE()),
            Map.entry("hivision/test2.jpg", FIXABLE()),
            Map.entry("hivision/test0.jpg", FixRefusal.HEAD_TURNED),
            Map.entry("hivision/test3.jpg", FixRefusal.HEAD_TILTED),
            Map.entry("hivision/test4.jpg", FixRefusal.PROPORTIONS),
            Map.entry("skimage/astronaut.png", FixRefusal.TOO_SMALL),
            Map.entry("3ddfa_v2/JianzhuGuo.jpg", FixRefusal.HEAD_TILTED),
            Map.entry("3ddfa_v2/trump_hillary.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2007_007763.jpg", FixRefusal.NO_KEYPOINTS),
            Map.entry("dlib/2008_001009.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2008_001322.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2008_002079.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2008_002470.jpg", FixRefusal.TOO_SMALL),
            Map.entry("dlib/2008_002506.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2008_004176.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("dlib/2008_007676.jpg", FixRefusal.NO_KEYPOINTS),
            Map.entry("dlib/2009_004587.jpg", FixRefusal.SEVERAL_FACES),
            // smiling with teeth, the head a little turned; the chin is inside the photo (CHIN_CUT was untrue)
            Map.entry("dlib/Tom_Cruise_avp_2014_4.jpg", FixRefusal.HEAD_TURNED),
            Map.entry("face_recognition/alex-lacamoire.png", FixRefusal.HEAD_TURNED),
            Map.entry("face_recognition/biden.jpg", FixRefusal.HEAD_TURNED),
            Map.entry("face_recognition/lin-manuel-miranda.png", FixRefusal.HEAD_TURNED),
            Map.entry("face_recognition/obama_partial_face.jpg", FixRefusal.FACE_CUT),
            Map.entry("face_recognition/obama_small.jpg", FixRefusal.MOUTH_OPEN),
            Map.entry("face_recognition/two_people.jpg", FixRefusal.SEVERAL_FACES),
            Map.entry("facenet_pytorch/paul_rudd_1.jpg", FixRefusal.CROWN_CUT),
            Map.entry("gfpgan/Adele_crop.png", FixRefusal.CROWN_CUT),
            Map.entry("gfpgan/Julia_Roberts_crop.png", FixRefusal.CROWN_CUT),
            Map.entry("gfpgan/Paris_Hilton_crop.png", FixRefusal.CROWN_CUT));

    /**
     * Photos with more than one reason for a new photo: any of these is a true answer (the head turned and tilted,
     * smiling with teeth...).
     */
    private static final Map<String, java.util.Set<FixRefusal>> ALSO_TRUE = Map.of(
            "dlib/Tom_Cruise_avp_2014_4.jpg", java.util.Set.of(FixRefusal.HEAD_TILTED, FixRefusal.MOUTH_OPEN),
            "hivision/test0.jpg", java.util.Set.of(FixRefusal.HEAD_TILTED),
            "face_recognition/alex-lacamoire.png", java.util.Set.of(FixRefusal.HEAD_TILTED),
            "face_recognition/biden.jpg", java.util.Set.of(FixRefusal.HEAD_TILTED, FixRefusal.MOUTH_OPEN),
            "face_recognition/lin-manuel-miranda.png", java.util.Set.of(FixRefusal.HEAD_TILTED, FixRefusal.MOUTH_OPEN));

    /** A marker for "fixable" in the map above (Map.ofEntries takes no nulls). */
    @SuppressWarnings("checkstyle:MethodName")
    private static FixRefusal FIXABLE() {
        return FixRefusal.UNREADABLE;
    }

    static Stream<Arguments> photos() {
        return EXPECTED.keySet().stream().sorted()
                .flatMap(p -> Stream.of(Arguments.of(p, "white"), Arguments.of(p, "blue")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("photos")
    void fixesEveryUsablePhotoAndRefusesTheRestForTheRightReason(String photo, String background) {
        Path file = photo.startsWith("idpass/") || photo.startsWith("hivision/test1") || photo.startsWith("hivision/test2")
                || photo.startsWith("hivision/test3") || photo.startsWith("hivision/test4") || photo.startsWith("skimage/")
                ? Faces.shipped(photo) : Faces.shared(photo);
        FixResult r = Engines.fixer().fix(Faces.bytes(file), file.getFileName().toString(), Engines.chsi(),
                FixOptions.background(background));
        FixRefusal expected = EXPECTED.get(photo);
        if (expected == FIXABLE()) {
            assertThat(r.refusal()).as(photo).isNull();
            Inspection after = r.after();
            List<String> failedErrors = after.results().stream().filter(RuleResult::rejects).map(RuleResult::id).toList();
            assertThat(failedErrors).as(photo + " on " + background).isEmpty();
            assertThat(after.file().width()).isEqualTo(480);
            assertThat(after.file().height()).isEqualTo(640);
            assertThat(after.file().dpi()).isEqualTo(300.0);
            assertThat(after.result("BG_COLOR").orElseThrow().measuredText()).contains("(" + background + ")");
        } else {
            java.util.Set<FixRefusal> allowed = new java.util.HashSet<>(ALSO_TRUE.getOrDefault(photo, java.util.Set.of()));
            allowed.add(expected);
            assertThat(r.refusal()).as(photo).isIn(allowed);
            assertThat(r.bytes()).isNull();
            assertThat(r.refusal().retakeZh()).isNotBlank();
            assertThat(r.before()).isNotNull();
        }
    }
}
