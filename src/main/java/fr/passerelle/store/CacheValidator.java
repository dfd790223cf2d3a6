package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.DATASET_TABLE_ROWS;

import fr.passerelle.core.CrashPoints;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The last step before a new cache state is published: counts every touched table per dataset from the data and
 * compares with what the run wrote and what the kept datasets held (a lost batch, a delete gone too far: the import
 * is refused), records those counts for {@code status}, and checks the references of {@link ReferenceRules} over the
 * whole new state, naming the dangling codes.
 */
final class CacheValidator {
    private static final int NAMED_CODES = 12;

    private CacheValidator() {
    }

    static void validate(StagingSink sink) throws ImportException {
        sink.restoreIndexes();
        CrashPoints.reach("staging.indexes-restored");
        TableCounts counted = count(sink);
        checkCounts(sink, counted);
        record(sink.dsl(), sink.touchedTables(), counted);
        sink.commit();
        CrashPoints.reach("staging.counted");
        checkReferences(sink);
    }

    /**
     * Rows per dataset of each touched table, from the data. A table meant to hold one dataset only (most of them) is
     * counted with COUNT(*), which H2 answers from its row count without reading the rows. A table holding several
     * datasets is grouped by dataset (a full scan: 4 million company rows, about 6 % of a national company import)
     * only where the run deleted some rows and kept others: anywhere else the run only appended rows (after a
     * TRUNCATE at most), so a kept dataset's rows cannot have moved, and the total from COUNT(*) is compared with what
     * the run wrote plus what the kept datasets held (a lost or doubled batch changes it); each dataset's count
     * recorded is then the one the run or the base counted.
     */
    private static TableCounts count(StagingSink sink) {
        DSLContext dsl = sink.dsl();
        TableCounts counted = new TableCounts();
        Set<String> kept = kept(sink);
        for (String table : sink.touchedTables()) {
            Map<String, Long> expected = expected(sink, table, kept);
            if (expected.size() > 1 && sink.partlyDeleted().contains(table)) {
                for (Record r : dsl.fetch("SELECT DATASET_ID, COUNT(*) FROM " + table + " GROUP BY DATASET_ID")) {
                    counted.add(table, sink.ids().key(r.get(0, Integer.class)), r.get(1, Long.class));
                }
                continue;
            }
            long rows = ((Number) dsl.fetchValue("SELECT COUNT(*) FROM " + table)).longValue();
            long sum = expected.values().stream().mapToLong(Long::longValue).sum();
            if (expected.size() <= 1) {
                counted.add(table, expected.isEmpty() ? "(aucun jeu de données)" : expected.keySet().iterator().next(), rows);
            } else if (rows != sum) {
                throw new StoreException(ImportWords.say("cache.incoherent.table", table.toLowerCase(), rows, sum, expected.size()));
            } else {
                expected.forEach((dataset, n) -> counted.add(table, dataset, n));
            }
        }
        return counted;
    }

    /** Rows each dataset should have in the table after the run: written by it, or kept from the base. */
    private static Map<String, Long> expected(StagingSink sink, String table, Set<String> kept) {
        Map<String, Long> expected = new java.util.HashMap<>();
        for (String dataset : sink.written().keySet()) {
            long rows = sink.writtenCounts().get(table, dataset);
            if (rows > 0) {
                expected.put(dataset, rows);
            }
        }
        for (String dataset : kept) {
            long rows = sink.baseCounts().get(table, dataset);
            if (rows > 0) {
                expected.put(dataset, rows);
            }
        }
        return expected;
    }

    private static Set<String> kept(StagingSink sink) {
        Set<String> kept = new HashSet<>(sink.base().keySet());
        kept.removeAll(sink.dropped());
        kept.removeAll(sink.written().keySet());
        return kept;
    }

    private static void checkCounts(StagingSink sink, TableCounts counted) {
        Set<String> kept = kept(sink);
        for (String table : sink.touchedTables()) {
            Set<String> datasets = new HashSet<>(counted.of(table).keySet());
            datasets.addAll(sink.written().keySet());
            datasets.addAll(kept);
            for (String dataset : datasets) {
                long expected = sink.written().containsKey(dataset) ? sink.writtenCounts().get(table, dataset)
                        : kept.contains(dataset) ? sink.baseCounts().get(table, dataset) : 0;
                long found = counted.get(table, dataset);
                if (found != expected) {
                    throw new StoreException(ImportWords.say("cache.incoherent.dataset", table.toLowerCase(), dataset, found, expected));
                }
            }
        }
    }

    private static void record(DSLContext dsl, Set<String> tables, TableCounts counted) {
        if (tables.isEmpty()) {
            return;
        }
        dsl.deleteFrom(DATASET_TABLE_ROWS).where(DATASET_TABLE_ROWS.TABLE_NAME.in(tables)).execute();
        var insert = dsl.insertInto(DATASET_TABLE_ROWS, DATASET_TABLE_ROWS.DATASET_KEY, DATASET_TABLE_ROWS.TABLE_NAME,
                DATASET_TABLE_ROWS.ROW_COUNT);
        boolean any = false;
        for (String table : tables) {
            for (Map.Entry<String, Long> rows : counted.of(table).entrySet()) {
                insert = insert.values(rows.getKey(), table, rows.getValue());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /**
     * Rows written by this run were checked as they were read (CsvRow.knownRome and requireKnown, against the codes
     * of the new state): what remains is the rows kept from the cache, when the run changed what they reference.
     * Every rule is run, so that the refusal names all the dangling codes and every dataset that uses them.
     */
    private static void checkReferences(StagingSink sink) throws ImportException {
        DSLContext dsl = sink.dsl();
        Set<String> changed = new HashSet<>(sink.written().keySet());
        changed.addAll(sink.dropped());
        Set<String> kept = kept(sink);
        Set<String> codes = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        long rows = 0;
        ReferenceRules first = null;
        for (ReferenceRules rule : ReferenceRules.all()) {
            boolean parentChanged = changed.stream().anyMatch(d -> sink.writtenCounts().get(rule.parentTable(), d) > 0
                    || sink.baseCounts().get(rule.parentTable(), d) > 0);
            boolean keptChildren = kept.stream().anyMatch(d -> sink.baseCounts().get(rule.childTable(), d) > 0);
            if (!parentChanged || !keptChildren || (first != null && !first.what().equals(rule.what()))) {
                continue;
            }
            List<Record> dangling = dsl.fetch(rule.danglingQuery(NAMED_CODES));
            if (dangling.isEmpty()) {
                continue;
            }
            first = first == null ? rule : first;
            for (Record r : dangling) {
                codes.add(r.get(0, String.class));
                rows += r.get(1, Long.class);
            }
            users.addAll(datasetNames(dsl, rule));
        }
        if (first != null) {
            List<String> named = new ArrayList<>(codes).subList(0, Math.min(NAMED_CODES, codes.size()));
            String list = String.join(", ", named) + (codes.size() > NAMED_CODES ? "…" : "");
            throw new ImportException(parentSource(sink, first, changed), 0, ImportWords.say("cache.dangling",
                    ImportWords.say("cache.what." + first.whatKey()), String.join(" ; ", users), list, rows));
        }
    }

    /** "« label », source" of each dataset holding rows with dangling references under the rule. */
    private static Set<String> datasetNames(DSLContext dsl, ReferenceRules rule) {
        Set<String> names = new TreeSet<>();
        Set<Integer> ids = new LinkedHashSet<>(dsl.fetch(rule.childDatasetsQuery()).getValues(0, Integer.class));
        for (Integer id : ids) {
            var info = dsl.selectFrom(DATASET).where(DATASET.DATASET_ID.eq(id)).fetchOne();
            names.add(info == null ? "#" + id : "« " + info.getLabel() + " », " + info.getSource());
        }
        return names;
    }

    /** The file of the run that changed the referenced table (the one to blame), else the table's name. */
    private static String parentSource(StagingSink sink, ReferenceRules rule, Set<String> changed) {
        for (String dataset : sink.written().keySet()) {
            if (sink.writtenCounts().get(rule.parentTable(), dataset) > 0) {
                return sink.dsl().select(DATASET.SOURCE).from(DATASET).where(DATASET.DATASET_KEY.eq(dataset)).fetchOne(DATASET.SOURCE);
            }
        }
        for (String dataset : changed) {
            if (sink.baseCounts().get(rule.parentTable(), dataset) > 0 && sink.base().containsKey(dataset)) {
                return sink.base().get(dataset).source();
            }
        }
        return rule.parentTable().toLowerCase();
    }
}
