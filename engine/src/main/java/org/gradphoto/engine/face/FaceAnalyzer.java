package org.gradphoto.engine.face;

import java.util.List;
import org.gradphoto.engine.image.MatScope;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Runs the face models on a picture and derives the facts the rules judge: eye centres and eye line, cheeks and
 * face width, crown, roll/yaw/pitch, eye and mouth openness, shoulders, background. Thread-safe; the models are
 * loaded once and each thread gets its own network instances.
 */
public final class FaceAnalyzer {

    private final AnalysisSettings settings;
    private final BlazeFaceDetector detector;
    private final FaceMeshModel mesh;
    private final PersonSegmenter segmenter;
    private final EyeStateModel eyes;
    private final HeadPoseModel pose;
    private final CrownLocator crown;
    private final ShoulderLocator shoulders;
    private final FlatBackgroundCleaner cleaner;
    private volatile FaceEmbedder embedder;

    public FaceAnalyzer(AnalysisSettings settings) {
        this.settings = settings;
        this.detector = new BlazeFaceDetector(settings.detectorMinScore());
        this.mesh = new FaceMeshModel();
        this.segmenter = new PersonSegmenter();
        this.eyes = new EyeStateModel();
        this.pose = new HeadPoseModel();
        this.crown = new CrownLocator(settings.crownBandHalfWidth(), settings.maskThreshold());
        this.shoulders = new ShoulderLocator(settings.shoulderOffset(), settings.maskThreshold());
        this.cleaner = new FlatBackgroundCleaner(settings.flatBackgroundDeltaE(), settings.flatBackgroundGradient());
    }

    /** The person mask alone (CV_32F, 0..1), e.g. for a picture the fixer has just composed. */
    public Mat personMask(Mat bgr) {
        Mat mask = segmenter.mask(bgr);
        cleaner.clean(bgr, mask);
        return mask;
    }

    /**
     * The face of {@code bgr} at {@code landmarks} as an embedding, for comparing it with a reference photo; the
     * recognition network is loaded on first use (most checks never compare).
     */
    public FaceEmbedding embed(Mat bgr, FaceLandmarks landmarks) {
        FaceEmbedder e = embedder;
        if (e == null) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = new FaceEmbedder();
                }
                e = embedder;
            }
        }
        return e.embed(bgr, landmarks);
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** False for a picture too small to hold a measurable person (a few pixels a side): it is not analysed. */
    public boolean canAnalyse(Mat bgr) {
        return Math.min(bgr.cols(), bgr.rows()) >= settings.minAnalysedSide();
    }

    public FaceAnalysis analyse(Mat bgr) {
        List<FaceDetection> faces = detector.detect(bgr);
        Mat mask = personMask(bgr);
        Mat background = background(mask);
        FaceFacts facts = null;
        if (!faces.isEmpty()) {
            FaceMeshModel.Result m = mesh.fromDetection(bgr, faces.get(0));
            if (m.presence() >= settings.meshMinPresence()) {
                facts = facts(bgr, mask, faces.get(0), m);
            }
        }
        return new FaceAnalysis(faces, facts, mask, background);
    }

    private FaceFacts facts(Mat bgr, Mat mask, FaceDetection d, FaceMeshModel.Result m) {
        FaceLandmarks lm = m.landmarks();
        Point re = lm.rightEyeCentre();
        Point le = lm.leftEyeCentre();
        Point cr = lm.point(FaceLandmarks.CHEEK_RIGHT);
        Point cl = lm.point(FaceLandmarks.CHEEK_LEFT);
        double faceWidth = Math.hypot(cl.x - cr.x, cl.y - cr.y);
        double centreX = (cr.x + cl.x) / 2;
        double roll = Math.toDegrees(Math.atan2(le.y - re.y, le.x - re.x));
        double yaw = Math.toDegrees(Math.atan2(lm.z(FaceLandmarks.CHEEK_LEFT) - lm.z(FaceLandmarks.CHEEK_RIGHT),
                faceWidth)) - settings.yawBias();
        double faceHeight = lm.distance(FaceLandmarks.FOREHEAD, FaceLandmarks.CHIN);
        double pitch = Math.toDegrees(Math.atan2(lm.z(FaceLandmarks.CHIN) - lm.z(FaceLandmarks.FOREHEAD), faceHeight))
                - settings.pitchBias();
        if (Math.abs(pitch) > settings.pitchSecondOpinion()) {
            // the mesh's depth swings on people looking straight ahead: where it says the head is bent, the pose
            // network (steadier in pitch) has the last word; positive pitch is looking down, as the mesh's
            pitch = -(pose.pitch(bgr, lm) - settings.poseNetPitchBias());
        }
        double[] open = eyes.openness(bgr, lm);
        double mouth = lm.distance(FaceLandmarks.LIP_UPPER_INNER, FaceLandmarks.LIP_LOWER_INNER)
                / Math.max(1e-6, lm.distance(FaceLandmarks.MOUTH_CORNER_RIGHT, FaceLandmarks.MOUTH_CORNER_LEFT));
        CrownLocator.Crown c = crown.locate(mask, lm, centreX, faceWidth);
        double chinY = lm.y(FaceLandmarks.CHIN);
        Shoulders s = shoulders.locate(mask, centreX, faceWidth, chinY);
        return new FaceFacts(d.box(), re, le, cr, cl, faceWidth, centreX, (re.y + le.y) / 2, c.y(), c.atTopEdge(),
                lm.y(FaceLandmarks.FOREHEAD), chinY, roll, yaw, pitch, open[0], open[1], mouth, s, m.presence(), lm);
    }

    /** Background: clearly not person, and a margin away from the person's outline (hair halo, soft edges). */
    private Mat background(Mat mask) {
        try (MatScope m = new MatScope()) {
            Mat person8 = m.mat();
            Core.compare(mask, new org.opencv.core.Scalar(settings.backgroundMaxMask()), person8, Core.CMP_GT);
            int r = Math.max(1, (int) Math.round(settings.backgroundPersonMargin() * mask.cols()));
            // a square kernel: separable, so a wide margin costs little
            Mat kernel = m.add(Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * r + 1, 2 * r + 1)));
            Imgproc.dilate(person8, person8, kernel);
            Mat bg = new Mat();
            Core.bitwise_not(person8, bg);
            return bg;
        }
    }
}
