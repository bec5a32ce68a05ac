package org.gradphoto.batch;

import java.util.List;
import java.util.Map;

/**
 * The result for one photo of a batch, small enough to keep for every photo (no pixels): where it came from, its
 * ID number, what became of it, the rules it failed, every rule's measured value, and where its export and its
 * thumbnail are.
 *
 * @param idNumber the normalised number read from the name, or null
 * @param detailZh why it was refused, unreadable or rejected (empty otherwise)
 * @param failedErrors ids of the ERROR rules the original failed
 * @param warnings ids of the WARNING rules the original failed
 * @param categories official categories (zh) of the failed ERROR rules
 * @param measured each rule's measured value (null when not a number or not measured)
 * @param exportName the exported file's name in export/, or null
 * @param thumbnail the thumbnail's file name in .batch/thumbs, or null
 * @param messagesZh what each failed rule says, in Chinese
 */
public record BatchRow(
        String source,
        String fileName,
        String idNumber,
        NameProblem nameProblem,
        PhotoStatus status,
        String detailZh,
        String detailEn,
        List<String> failedErrors,
        List<String> warnings,
        List<String> categories,
        Map<String, Double> measured,
        String exportName,
        String thumbnail,
        int errorCount,
        List<String> messagesZh) {

    public BatchRow {
        failedErrors = failedErrors == null ? List.of() : List.copyOf(failedErrors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        categories = categories == null ? List.of() : List.copyOf(categories);
        messagesZh = messagesZh == null ? List.of() : List.copyOf(messagesZh);
        measured = measured == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measured));
    }
}
