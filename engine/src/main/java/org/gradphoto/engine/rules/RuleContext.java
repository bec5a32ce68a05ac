package org.gradphoto.engine.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gradphoto.engine.face.FaceAnalysis;
import org.gradphoto.engine.face.FaceEmbedding;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.face.FaceLandmarks;
import org.gradphoto.engine.image.DecodedPhoto;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.profile.Profile;
import org.gradphoto.engine.text.TextDetector;
import org.opencv.core.Core;
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
    private Mat labHalf;
    private Mat backgroundHalf;
    private Mat grey;
    private FaceRegions regions;
    private RegionStats background;
    private final boolean tooSmallToAnalyse;
    private final FaceEmbedding reference;
    private final BiFunction<Mat, FaceLandmarks, FaceEmbedding> embedder;
    private Optional<FaceEmbedding> embedding;

    /**
     * @param analysis null where there is no photo, or where {@code tooSmallToAnalyse} says the photo was too
     *     small to be analysed
     */
    public RuleContext(FileFacts file, DecodedPhoto photo, FaceAnalysis analysis, Profile profile, LocalDate today,
            TextDetector textDetector, boolean tooSmallToAnalyse) {
        this(file, photo, analysis, profile, today, textDetector, tooSmallToAnalyse, null, null);
    }

    /**
     * @param reference the face of a reference photo the person should match (an admission or ID-card photo), or
     *     null
     * @param embedder what turns a face of the working picture into an embedding (used only with a reference)
     */
    public RuleContext(FileFacts file, DecodedPhoto photo, FaceAnalysis analysis, Profile profile, LocalDate today,
            TextDetector textDetector, boolean tooSmallToAnalyse, FaceEmbedding reference,
            BiFunction<Mat, FaceLandmarks, FaceEmbedding> embedder) {
        this.reference = reference;
        this.embedder = embedder;
        this.file = file;
        this.tooSmallToAnalyse = tooSmallToAnalyse;
        this.textDetector = textDetector;
        this.photo = photo;
        this.analysis = analysis;
        this.profile = profile;
        this.today = today;
    }

    public FileFacts file() {
        return file;
    }

    /** The reference photo's face, when the check was asked to compare with one. */
    public Optional<FaceEmbedding> reference() {
        return Optional.ofNullable(reference);
    }

    /** This photo's face as an embedding (computed once, on the working picture); empty without a face. */
    public Optional<FaceEmbedding> embedding() {
        if (embedding == null) {
            embedding = embedder == null || photo().isEmpty() || workingFace().isEmpty() ? Optional.empty()
                    : Optional.of(embedder.apply(photo.bgr(), workingFace().get().landmarks()));
        }
        return embedding;
    }

    /** The decoded pixels; empty when the file could not be decoded or is too small to measure anything in. */
    public Optional<DecodedPhoto> photo() {
        return tooSmallToAnalyse ? Optional.empty() : Optional.ofNullable(photo);
    }

    /** True when the picture was read but is far too small to measure a person in (a few pixels a side). */
    public boolean tooSmallToAnalyse() {
        return tooSmallToAnalyse;
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

    /**
     * The photo in float CIE Lab (L 0..100, a and b around 0). Converted through OpenCV's 8-bit Lab, which uses
     * tables and is many times faster than the float conversion; its steps (0.4 in L, 1 in a and b) are far below
     * every threshold the rules use.
     */
    public Mat lab() {
        if (lab == null) {
            Mat lab8 = new Mat();
            Imgproc.cvtColor(photo.bgr(), lab8, Imgproc.COLOR_BGR2Lab);
            lab = new Mat();
            lab8.convertTo(lab, CvType.CV_32FC3);
            Mat m = new Mat(3, 4, CvType.CV_32F);
            m.put(0, 0, 100.0 / 255, 0, 0, 0, 0, 1, 0, -128, 0, 0, 1, -128);
            Core.transform(lab, lab, m);
            lab8.release();
            m.release();
        }
        return lab;
    }

    /** {@link #lab()} at half size: enough for the background's statistics, at a quarter of the cost. */
    public Mat labHalf() {
        if (labHalf == null) {
            labHalf = new Mat();
            // at least one pixel a side: a 1 px picture has a 1 px half
            Imgproc.resize(lab(), labHalf, new org.opencv.core.Size(Math.max(1, Math.rint(lab().cols() * 0.5)),
                    Math.max(1, Math.rint(lab().rows() * 0.5))), 0, 0, Imgproc.INTER_AREA);
        }
        return labHalf;
    }

    /** The background mask at the size of {@link #labHalf()}. */
    public Mat backgroundMaskHalf() {
        if (backgroundHalf == null) {
            backgroundHalf = new Mat();
            Imgproc.resize(analysis.backgroundMask(), backgroundHalf, labHalf().size(), 0, 0, Imgproc.INTER_NEAREST);
        }
        return backgroundHalf;
    }

    /** Share of the picture that is background. */
    public double backgroundShare() {
        return (double) background().pixels() / labHalf().total();
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
            background = RegionStats.of(labHalf(), backgroundMaskHalf());
        }
        return background;
    }

    @Override
    public void close() {
        for (Mat m : new Mat[] {lab, labHalf, backgroundHalf}) {
            if (m != null) {
                m.release();
            }
        }
        if (grey != null) {
            grey.release();
        }
        if (regions != null) {
            regions.release();
        }
    }
}
