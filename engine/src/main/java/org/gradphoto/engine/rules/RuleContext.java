package org.gradphoto.engine.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.text.TextDetector;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * What a rule sees of one photo: the file facts, the decoded pixels (working size), the face analysis, the
 * profile and today's date. Derived images (Lab, grey) are made once, on first use, and shared by the rules.
 * Lengths of {@link #face()} are in original pixels; {@link #workingFace()} matches {@link #photo()}.
 */
public final class RuleContext implements AutoCloseable {

    private final FileFacts file;
    private final DecodedPhoto photo;
    private final FaceAnalysis analysis;
    private final Profile profile;
    private final LocalDate today;
    private final TextDetector textDetector;
    private Mat lab;
    private Mat grey;
    private FaceRegions regions;
    private RegionStats background;

    public RuleContext(FileFacts file, DecodedPhoto photo, FaceAnalysis analysis, Profile profile, LocalDate today,
            TextDetector textDetector) {
        this.file = file;
        this.textDetector = textDetector;
        this.photo = photo;
        this.analysis = analysis;
        this.profile = profile;
        this.today = today;
    }

    public FileFacts file() {
        return file;
    }

    public Optional<DecodedPhoto> photo() {
        return Optional.ofNullable(photo);
    }

    public Optional<FaceAnalysis> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** The main face in pixels of the original picture. */
    public Optional<FaceFacts> face() {
        return workingFace().map(f -> f.scaled(1 / photo.scale()));
    }

    /** The main face in working pixels (those of {@link #photo()}). */
    public Optional<FaceFacts> workingFace() {
        return analysis == null ? Optional.empty() : analysis.face();
    }

    public Profile profile() {
        return profile;
    }

    public LocalDate today() {
        return today;
    }

    /** The text detector, or null where none is available. */
    public TextDetector textDetector() {
        return textDetector;
    }

    /** The photo in float CIE Lab (L 0..100). */
    public Mat lab() {
        if (lab == null) {
            Mat f = new Mat();
            photo.bgr().convertTo(f, CvType.CV_32FC3, 1 / 255.0);
            lab = new Mat();
            Imgproc.cvtColor(f, lab, Imgproc.COLOR_BGR2Lab);
            f.release();
        }
        return lab;
    }

    public Mat grey() {
        if (grey == null) {
            grey = new Mat();
            Imgproc.cvtColor(photo.bgr(), grey, Imgproc.COLOR_BGR2GRAY);
        }
        return grey;
    }

    /** Masks of the face's parts; only with a face. */
    public FaceRegions regions() {
        if (regions == null) {
            regions = new FaceRegions(workingFace().orElseThrow(), photo.width(), photo.height());
        }
        return regions;
    }

    /** Colour statistics of the background region. */
    public RegionStats background() {
        if (background == null) {
            background = RegionStats.of(lab(), analysis.backgroundMask());
        }
        return background;
    }

    @Override
    public void close() {
        if (lab != null) {
            lab.release();
        }
        if (grey != null) {
            grey.release();
        }
        if (regions != null) {
            regions.release();
        }
    }
}
