package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.profile.Severity;
import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.junit.jupiter.api.Test;

class SamePersonRuleTest {

    private static final String ID = SamePersonRule.ID;

    private static FaceEmbedding faceOf(byte[] photo) {
        return Engines.engine().faceOf(photo, "reference.jpg").orElseThrow();
    }

    private static RuleResult compare(byte[] photo, FaceEmbedding reference) {
        Inspection in = Engines.engine().inspect(photo, "photo.jpg", Engines.chsi(), reference);
        return in.result(ID).orElseThrow();
    }

    @Test
    void passesTheFixedPhotoAgainstTheOriginal() {
        // a photo approved before, as reference: the fixed file is the same person to 0.99
        byte[] original = Faces.bytes(Faces.shipped("idpass/sample_id_3.png"));
        RuleResult r = compare(Engines.compliant("idpass/sample_id_3.png"), faceOf(original));
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.messageZh()).contains("同一人");
    }

    @Test
    void passesTwoPhotosOfOnePersonYearsApart() {
        RuleResult r = compare(Faces.bytes(Faces.shared("face_recognition/obama_partial_face.jpg")),
                faceOf(Faces.bytes(Faces.shared("face_recognition/obama_small.jpg"))));
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isEqualTo(0.88);
    }

    @Test
    void warnsThatAnotherPersonIsNotTheReference() {
        RuleResult r = compare(Engines.compliant("idpass/sample_id_4.png"),
                faceOf(Faces.bytes(Faces.shipped("idpass/sample_id_3.png"))));
        assertThat(r.failed()).isTrue();
        assertThat(r.severity()).isEqualTo(Severity.WARNING);
        assertThat(r.measured()).isLessThan(0.5);
        assertThat(r.messageZh()).contains("可能不是本人");
        assertThat(r.messageEn()).contains("may be someone else");
    }

    @Test
    void isNotPartOfACheckWithoutAReference() {
        Inspection in = Engines.check(Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(in.result(ID)).isEmpty();
    }

    @Test
    void cannotCompareAPhotoWithoutAFace() {
        FaceEmbedding reference = faceOf(Faces.bytes(Faces.shipped("idpass/sample_id_3.png")));
        byte[] wall = org.gradphoto.engine.testing.Pictures.jpeg(
                new org.opencv.core.Mat(640, 480, org.opencv.core.CvType.CV_8UC3, new org.opencv.core.Scalar(200, 200, 200)),
                90, 300);
        RuleResult r = compare(wall, reference);
        assertThat(r.status()).isEqualTo(org.gradphoto.engine.rules.Status.NOT_MEASURED);
    }

    @Test
    void findsNoReferenceFaceInAPictureWithoutOne() {
        byte[] wall = org.gradphoto.engine.testing.Pictures.jpeg(
                new org.opencv.core.Mat(640, 480, org.opencv.core.CvType.CV_8UC3, new org.opencv.core.Scalar(200, 200, 200)),
                90, 300);
        assertThat(Engines.engine().faceOf(wall, "wall.jpg")).isEmpty();
        assertThat(Engines.engine().faceOf(new byte[] {1, 2, 3}, "broken.jpg")).isEmpty();
    }

    /** The same person, both frontal with eyes open: years apart, another crop, the fixed file, one model twice. */
    static final java.util.List<String[]> SAME = java.util.List.of(
            new String[] {"face_recognition/obama_small.jpg", "face_recognition/obama_partial_face.jpg"},
            new String[] {"labelled/openface_lennon-1.jpg", "labelled/openface_lennon-2.jpg"},
            new String[] {"labelled/human_emo-a-1.jpg", "labelled/human_emo-a-4.jpg"},
            new String[] {"labelled/apd_garden-2768329.png", "labelled/apd_girl-4024238.png"});

    /** Photos of one person beside those pairs (so never a different pair), or of several people. */
    static final java.util.Set<String> NOT_DIFFERENT = java.util.Set.of("face_recognition/two_people.jpg",
            "labelled/human_emo-a-2.jpg", "labelled/human_emo-b-5.jpg", "labelled/human_emo-b-8.jpg");

    @Test
    void separatesEveryPairOfDifferentPeopleFromThePairsOfOnePerson() throws java.io.IOException {
        java.nio.file.Path root = Faces.sharedRoot();
        org.junit.jupiter.api.Assumptions.assumeTrue(root != null, "../shared/faces is absent: skipping");
        java.util.Map<String, FaceEmbedding> faces = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : files.filter(java.nio.file.Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(jpg|png)$") && !p.toString().contains("/expected/")).toList()) {
                String name = root.relativize(p).toString();
                Engines.engine().faceOf(Faces.bytes(p), name).ifPresent(e -> faces.put(name, e));
            }
        }
        java.util.Map<String, String> person = new java.util.HashMap<>();
        for (String[] pair : SAME) {
            person.put(pair[1], pair[0]);
        }
        double lowestSame = 1;
        for (String[] pair : SAME) {
            double s = faces.get(pair[0]).similarity(faces.get(pair[1]));
            System.out.printf(java.util.Locale.ROOT, "same person %.3f %s ~ %s%n", s, pair[0], pair[1]);
            lowestSame = Math.min(lowestSame, s);
        }
        java.util.List<String> names = faces.keySet().stream().filter(n -> !NOT_DIFFERENT.contains(n)).toList();
        double highestDifferent = -1;
        String closest = "";
        int pairs = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (person.getOrDefault(a, a).equals(person.getOrDefault(b, b))) {
                    continue;
                }
                pairs++;
                double s = faces.get(a).similarity(faces.get(b));
                if (s > highestDifferent) {
                    highestDifferent = s;
                    closest = a + " ~ " + b;
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%d faces, %d different pairs, the closest %.3f (%s)%n", names.size(),
                pairs, highestDifferent, closest);
        double limit = Engines.chsi().params(ID).number("minSimilarity");
        assertThat(pairs).isGreaterThan(2000);
        assertThat(lowestSame).isGreaterThanOrEqualTo(limit);
        assertThat(highestDifferent).as(closest).isLessThan(limit);
    }
}
