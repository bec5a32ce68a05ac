package org.gradphoto.portal.collection.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links photos to records: a photo links to the one active record with its ID number, school code and name (a
 * photo collected without a name links by school code and ID number). Everything else is a {@link Mismatch}.
 * A pure function of its input, so the school always sees the state of the data as it is now.
 */
public final class Linker {

    private Linker() {
    }

    /** What linking needs of a record. */
    public record RecordData(long id, String schoolCode, String idNumber, String name) {
    }

    /** What linking needs of a photo, as collected. */
    public record PhotoData(long id, String schoolCode, String idNumber, String name) {
    }

    public static LinkReport link(List<RecordData> records, List<PhotoData> photos) {
        Map<String, List<RecordData>> byId = new HashMap<>();
        for (RecordData r : records) {
            byId.computeIfAbsent(r.idNumber(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, Mismatch> photoProblems = new LinkedHashMap<>();
        Map<Long, Long> photoRecord = new HashMap<>();
        Map<Long, List<Long>> candidates = new LinkedHashMap<>();
        List<PhotoData> unmatched = new ArrayList<>();
        for (PhotoData p : photos) {
            List<RecordData> same = byId.getOrDefault(p.idNumber(), List.of());
            if (same.size() > 1) {
                photoProblems.put(p.id(), Mismatch.DUPLICATE_RECORDS);
                continue;
            }
            if (same.isEmpty()) {
                unmatched.add(p);
                continue;
            }
            RecordData r = same.get(0);
            photoRecord.put(p.id(), r.id());
            if (!r.schoolCode().equals(p.schoolCode())) {
                photoProblems.put(p.id(), Mismatch.WRONG_SCHOOL_CODE);
            } else if (!p.name().isEmpty() && !sameName(r.name(), p.name())) {
                photoProblems.put(p.id(), Mismatch.NAME_DIFFERS);
            } else {
                candidates.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(p.id());
            }
        }
        // a photo whose ID matches no record: is there a record of its school with its name and no photo?
        Map<String, List<RecordData>> byName = new HashMap<>();
        for (RecordData r : records) {
            byName.computeIfAbsent(r.schoolCode() + "/" + normal(r.name()), k -> new ArrayList<>()).add(r);
        }
        for (PhotoData p : unmatched) {
            List<RecordData> named = p.name().isEmpty() ? List.of()
                    : byName.getOrDefault(p.schoolCode() + "/" + normal(p.name()), List.of()).stream()
                            .filter(r -> !candidates.containsKey(r.id())).toList();
            if (named.size() == 1) {
                photoProblems.put(p.id(), Mismatch.ID_DIFFERS);
                photoRecord.put(p.id(), named.get(0).id());
            } else {
                photoProblems.put(p.id(), Mismatch.PHOTO_WITHOUT_RECORD);
            }
        }
        Map<Long, Long> linked = new HashMap<>();
        for (Map.Entry<Long, List<Long>> c : candidates.entrySet()) {
            if (c.getValue().size() == 1) {
                linked.put(c.getKey(), c.getValue().get(0));
            } else {
                c.getValue().forEach(p -> photoProblems.put(p, Mismatch.SEVERAL_PHOTOS));
            }
        }
        Map<Long, Mismatch> recordProblems = new LinkedHashMap<>();
        for (RecordData r : records) {
            if (byId.get(r.idNumber()).size() > 1) {
                recordProblems.put(r.id(), Mismatch.DUPLICATE_RECORDS);
            } else if (candidates.getOrDefault(r.id(), List.of()).size() > 1) {
                recordProblems.put(r.id(), Mismatch.SEVERAL_PHOTOS);
            } else if (!linked.containsKey(r.id())) {
                // a photo meant for it may be waiting with a mismatch; the record is still without a photo
                recordProblems.put(r.id(), Mismatch.RECORD_WITHOUT_PHOTO);
            }
        }
        return new LinkReport(linked, photoProblems, photoRecord, recordProblems);
    }

    /** Names compare without spaces (the studio's sheet often has 张 三) and with ASCII/full-width middle dots alike. */
    static boolean sameName(String a, String b) {
        return Objects.equals(normal(a), normal(b));
    }

    private static String normal(String name) {
        return name.replaceAll("[\\s\u3000]", "").replace('\u00B7', '·').replace('\u30FB', '·').replace('.', '·');
    }
}
