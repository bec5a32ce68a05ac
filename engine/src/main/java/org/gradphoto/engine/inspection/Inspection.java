package org.gradphoto.engine.inspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradphoto.engine.face.FaceFacts;
import org.gradphoto.engine.image.FileFacts;
import org.gradphoto.engine.image.UnreadablePhotoException;
import org.gradphoto.engine.profile.Category;
import org.gradphoto.engine.profile.CategoryHint;
import org.gradphoto.engine.rules.RuleResult;

/**
 * The result of checking one file against one profile: file facts, the measured geometry of the main face (in
 * pixels of the picture as displayed), every rule's result in catalogue order, the verdict, and the profile's
 * published hints for the categories that failed.
 *
 * @param unreadable why the file could not be read as a picture, or null
 * @param width displayed width of the picture, or null when unreadable
 * @param faceCount faces found (0 when unreadable)
 * @param face the main face, or null
 */
public record Inspection(
        String fileName,
        String profileId,
        Verdict verdict,
        FileFacts file,
        UnreadablePhotoException.Reason unreadable,
        String unreadableDetail,
        Integer width,
        Integer height,
        int faceCount,
        FaceFacts face,
        List<RuleResult> results,
        Map<Category, CategoryHint> hints,
        double millis) {

    public Inspection {
        results = List.copyOf(results);
        hints = Map.copyOf(hints);
    }

    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    public List<RuleResult> failed() {
        return results.stream().filter(RuleResult::failed).toList();
    }

    public Optional<FaceFacts> mainFace() {
        return Optional.ofNullable(face);
    }
}
