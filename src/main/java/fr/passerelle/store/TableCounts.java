package fr.passerelle.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Rows per table and dataset, as counted from the data (table {@code dataset_table_rows}) or written by a run. */
final class TableCounts {
    private final Map<String, Map<String, Long>> byTable = new HashMap<>();

    void add(String table, String dataset, long rows) {
        if (rows != 0) {
            byTable.computeIfAbsent(table, t -> new HashMap<>()).merge(dataset, rows, Long::sum);
        }
    }

    long get(String table, String dataset) {
        return byTable.getOrDefault(table, Map.of()).getOrDefault(dataset, 0L);
    }

    /** Rows of the table per dataset (empty when the table holds none). */
    Map<String, Long> of(String table) {
        return byTable.getOrDefault(table, Map.of());
    }

    boolean knows(String table) {
        return byTable.containsKey(table);
    }

    /** Rows of any of {@code datasets} in the table. */
    long rows(String table, Collection<String> datasets) {
        Map<String, Long> rows = of(table);
        long sum = 0;
        for (String dataset : datasets) {
            sum += rows.getOrDefault(dataset, 0L);
        }
        return sum;
    }

    /** True when every row of the table belongs to one of {@code datasets}. */
    boolean onlyFrom(String table, Set<String> datasets) {
        return datasets.containsAll(of(table).keySet());
    }

    Set<String> tables() {
        return byTable.keySet();
    }

    void forget(String dataset) {
        byTable.values().forEach(rows -> rows.remove(dataset));
    }
}
