package org.gradphoto.portal.collection.linking;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of linking: which photo each record is linked to, and for every photo and record that is not, the
 * mismatch (with, for a photo, the record it most likely belongs to).
 */
public record LinkReport(Map<Long, Long> linkedPhotoOfRecord, Map<Long, Mismatch> photoProblems,
        Map<Long, Long> likelyRecordOfPhoto, Map<Long, Mismatch> recordProblems) {

    public LinkReport {
        linkedPhotoOfRecord = Map.copyOf(linkedPhotoOfRecord);
        photoProblems = Map.copyOf(photoProblems);
        likelyRecordOfPhoto = Map.copyOf(likelyRecordOfPhoto);
        recordProblems = Map.copyOf(recordProblems);
    }

    public Optional<Long> linkedPhoto(long recordId) {
        return Optional.ofNullable(linkedPhotoOfRecord.get(recordId));
    }

    public boolean linked(long photoId) {
        return linkedPhotoOfRecord.containsValue(photoId);
    }

    /** How many photos and records have each mismatch. */
    public Map<Mismatch, Integer> counts() {
        Map<Mismatch, Integer> m = new EnumMap<>(Mismatch.class);
        photoProblems.values().forEach(p -> m.merge(p, 1, Integer::sum));
        recordProblems.values().forEach(p -> m.merge(p, 1, Integer::sum));
        return m;
    }
}
