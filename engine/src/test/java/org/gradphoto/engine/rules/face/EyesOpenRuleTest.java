package org.gradphoto.engine.rules.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradphoto.engine.rules.RuleAssertions.rule;

import org.gradphoto.engine.rules.RuleResult;
import org.gradphoto.engine.testing.Engines;
import org.gradphoto.engine.testing.Faces;
import org.gradphoto.engine.testing.Pictures;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceLandmarks;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class EyesOpenRuleTest {

    private static final String ID = EyesOpenRule.ID;

    @Test
    void passesOpenEyes() {
        RuleResult r = rule(ID, Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        assertThat(r.passed()).isTrue();
        assertThat(r.measured()).isGreaterThan(0.99);
    }

    @Test
    void passesOpenEyesBehindClearGlasses() {
        RuleResult r = rule(ID, Faces.bytes(Faces.shared("3ddfa_v2/JianzhuGuo.jpg")), "glasses.jpg");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void rejectsEyesPaintedShut() {
        // No shared photo shows a clear portrait with closed eyes, so the test closes them: each eye is covered
        // with the colour of the lid above it, with a dark lash line along the lower lid.
        Mat m = Pictures.decode(Engines.compliant("idpass/sample_id_3.png"));
        FaceLandmarks lm;
        try (FaceAnalysis a = Engines.engine().analyzer().analyse(m)) {
            lm = a.face().orElseThrow().landmarks();
        }
        for (int[] eye : new int[][] {FaceLandmarks.EYE_RIGHT, FaceLandmarks.EYE_LEFT}) {
            Point[] pts = new Point[eye.length];
            for (int i = 0; i < eye.length; i++) {
                pts[i] = lm.point(eye[i]);
            }
            Point c = lm.mean(eye);
            double w = Math.abs(pts[0].x - pts[8].x);
            Scalar lid = Core.mean(m.submat(new Rect((int) (c.x - w / 4), (int) (c.y - w * 0.55), (int) (w / 2), 4)));
            MatOfPoint poly = new MatOfPoint(pts);
            Imgproc.fillPoly(m, List.of(poly), lid);
            Imgproc.polylines(m, List.of(poly), true, lid, 3);
            Imgproc.line(m, pts[0], pts[8], new Scalar(40, 40, 50), 2);
        }
        RuleResult r = rule(ID, Pictures.jpeg(m, 92, 300), "closed.jpg");
        assertThat(r.failed()).isTrue();
        assertThat(r.measured()).isLessThan(0.2);
        assertThat(r.messageZh()).contains("双眼似乎闭上");
    }
}
