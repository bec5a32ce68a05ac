package org.gradphoto.engine.face;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How the engine measures (not what the standard demands): model thresholds, search bands, model biases. The
 * values live in {@code analysis.yaml}; docs/CALIBRATION.md says which photos they were calibrated on.
 */
public record AnalysisSettings(
        double detectorMinScore,
        double meshMinPresence,
        double maskThreshold,
        double crownBandHalfWidth,
        double shoulderOffset,
        double pitchBias,
        double yawBias,
        double backgroundMaxMask,
        double backgroundPersonMargin,
        double flatBackgroundDeltaE,
        double flatBackgroundGradient,
        int minAnalysedSide,
        double pitchSecondOpinion,
        double poseNetPitchBias) {

    private static final AnalysisSettings DEFAULTS = load("/org/gradphoto/engine/analysis.yaml");

    public static AnalysisSettings defaults() {
        return DEFAULTS;
    }

    static AnalysisSettings load(String resource) {
        try (InputStream in = AnalysisSettings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            return new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .readValue(in, AnalysisSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
