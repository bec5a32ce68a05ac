package org.gradphoto.batch;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of a finished batch without holding them: a small index in memory, each row read from disk when it is
 * asked for. So reports over tens of thousands of photos stream through memory instead of filling it.
 */
public final class StoredRows {

    private static final Comparator<RowRef> WORST_FIRST = Comparator.comparingInt((RowRef r) -> r.status().rank())
            .thenComparing(Comparator.comparingInt(RowRef::errorCount).reversed())
            .thenComparing(RowRef::source);

    private final DoneStore store;
    private final List<RowRef> bySource;

    StoredRows(DoneStore store, List<RowRef> refs) {
        this.store = store;
        this.bySource = new ArrayList<>(refs);
        this.bySource.sort(Comparator.comparing(RowRef::source));
    }

    public int size() {
        return bySource.size();
    }

    /** The rows sorted by where they came from, each read when reached. */
    public List<BatchRow> bySource() {
        return lazy(bySource);
    }

    /** The rows worst first (status, then most failed rules, then source), each read when reached. */
    public List<BatchRow> worstFirst() {
        List<RowRef> sorted = new ArrayList<>(bySource);
        sorted.sort(WORST_FIRST);
        return lazy(sorted);
    }

    public Map<PhotoStatus, Integer> byStatus() {
        Map<PhotoStatus, Integer> m = new EnumMap<>(PhotoStatus.class);
        bySource.forEach(r -> m.merge(r.status(), 1, Integer::sum));
        return m;
    }

    /** Photos failing at least one ERROR rule of each official category (originals, before any fix). */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> m = new TreeMap<>();
        bySource.forEach(r -> r.categories().forEach(c -> m.merge(c, 1, Integer::sum)));
        return m;
    }

    public Map<NameProblem, Integer> byNameProblem() {
        Map<NameProblem, Integer> m = new EnumMap<>(NameProblem.class);
        bySource.stream().filter(r -> r.nameProblem() != null).forEach(r -> m.merge(r.nameProblem(), 1, Integer::sum));
        return m;
    }

    /** Whether every photo passed or was fixed. */
    public boolean allExportable() {
        return bySource.stream().allMatch(r -> r.status().exportable());
    }

    List<RowRef> refs() {
        return bySource;
    }

    private List<BatchRow> lazy(List<RowRef> refs) {
        return new AbstractList<>() {
            @Override
            public BatchRow get(int index) {
                return store.load(refs.get(index).storeName());
            }

            @Override
            public int size() {
                return refs.size();
            }
        };
    }
}
