package fr.passerelle.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The indexes (primary keys included) of the tables a build fills from empty or nearly: dropped before the first row
 * goes in, created again before the build is validated. H2 then inserts rows in row-id order and builds each index in one
 * sorted pass, instead of updating a B-tree at random places for every row: measured on a million hiring scores,
 * 41 s and a 3.7 GB staging file against 10 s and 170 MB (src/site/markdown/cache.md). A table that keeps many rows
 * of the cache is filled with its indexes in place (an update of a few files into a national cache), until the run
 * has written enough rows into it that rebuilding pays (see {@link #deferWhenItPays}).
 */
final class DeferredIndexes {
    private final DSLContext tx;
    /** Per table, the statements that give it its indexes back, primary key first. */
    private final Map<String, List<String>> recreate = new LinkedHashMap<>();
    /** Tables whose indexes stayed in place, with the rows they held when the run started writing into them. */
    private final Map<String, Long> inPlace = new LinkedHashMap<>();
    private final long rebuildUpTo;

    DeferredIndexes(DSLContext tx) {
        this(tx, REBUILD_UP_TO);
    }

    /** {@code rebuildUpTo}: tables holding more rows than this at the start keep their indexes (tests pass -1: all). */
    DeferredIndexes(DSLContext tx, long rebuildUpTo) {
        this.tx = tx;
        this.rebuildUpTo = rebuildUpTo;
    }

    /**
     * Past this many rows kept in a table, its indexes stay in place: rebuilding them would cost more than updating
     * them for the rows of an update (a few regional files into a national cache).
     */
    static final long REBUILD_UP_TO = 100_000;

    /** Drops the table's indexes if it holds few rows now; call before its first row of the run. */
    void deferIfSmall(String table) {
        if (recreate.containsKey(table) || inPlace.containsKey(table)) {
            return;
        }
        long rows = ((Number) tx.fetchValue("SELECT COUNT(*) FROM " + table)).longValue();
        if (rows > rebuildUpTo) {
            inPlace.put(table, rows);
            return;
        }
        defer(table);
    }

    /**
     * Drops the indexes of a table that kept them in place once the run has written more than a third of the rows the
     * table held: from there, one rebuild over the whole table at the end costs less than updating the B-trees for
     * the rest of the run (measured on a million hiring scores in random key order: about 41 s per million rows
     * updated in place, 10 s per million rows rebuilt). Dropping is cheap; the rows already in place are simply
     * indexed again with the others. True when it dropped them.
     */
    boolean deferWhenItPays(String table, long writtenByRun) {
        Long kept = inPlace.get(table);
        if (kept == null || writtenByRun * 3 <= kept) {
            return false;
        }
        inPlace.remove(table);
        defer(table);
        return true;
    }

    /**
     * Drops the indexes of a table before the run deletes many of its rows by row-id ranges (the company files imported
     * again into a cache that keeps other datasets' companies): deleting a million rows from B-trees at random places
     * had written a 2.5 GB staging file after 18 minutes at a load of 20 and was not done (issue 11); the kept rows and
     * the new ones are indexed at the end in one sorted pass instead. Same rule as {@link #deferWhenItPays}: when the
     * rows deleted are more than a third of the rows kept. True when it dropped them.
     */
    boolean deferBeforeDelete(String table, long deleting, long keeping) {
        if (recreate.containsKey(table) || deleting * 3 <= keeping) {
            return false;
        }
        inPlace.remove(table);
        defer(table);
        return true;
    }

    /** True while the table's indexes are dropped, waiting for {@link #restore}. */
    boolean deferred(String table) {
        return recreate.containsKey(table);
    }

    private void defer(String table) {
        List<String> statements = new ArrayList<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> constraints = new LinkedHashMap<>();
        for (Record r : tx.fetch("""
                SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, tc.CONSTRAINT_NAME
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
                LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                  ON tc.TABLE_SCHEMA = i.TABLE_SCHEMA AND tc.TABLE_NAME = i.TABLE_NAME AND tc.INDEX_NAME = i.INDEX_NAME
                WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ?
                ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION""", table)) {
            String index = r.get(0, String.class);
            types.put(index, r.get(1, String.class));
            columns.computeIfAbsent(index, k -> new ArrayList<>()).add("\"" + r.get(2, String.class) + "\"");
            constraints.put(index, r.get(3, String.class));
        }
        List<String> drops = new ArrayList<>();
        for (Map.Entry<String, String> index : types.entrySet()) {
            String name = index.getKey();
            String cols = String.join(", ", columns.get(name));
            if (index.getValue().equals("PRIMARY KEY") && constraints.get(name) != null && columns.get(name).size() > 1) {
                // A one-column primary key may be H2's row key: it stays. A composite one is an index of its own.
                drops.add("ALTER TABLE " + table + " DROP PRIMARY KEY");
                statements.add(0, "ALTER TABLE " + table + " ADD CONSTRAINT \"" + constraints.get(name) + "\" PRIMARY KEY (" + cols + ")");
            } else if (index.getValue().equals("INDEX") && constraints.get(name) == null) {
                drops.add("DROP INDEX \"" + name + "\"");
                statements.add("CREATE INDEX \"" + name + "\" ON " + table + " (" + cols + ")");
            }
        }
        for (String drop : drops) {
            tx.execute(drop);
        }
        recreate.put(table, statements);
    }

    /** Creates the dropped indexes again. A primary key broken by two datasets is named with both. */
    void restore() {
        for (Map.Entry<String, List<String>> table : recreate.entrySet()) {
            for (String statement : table.getValue()) {
                try {
                    tx.execute(statement);
                } catch (org.jooq.exception.DataAccessException e) {
                    throw new StoreException("clé en double dans la table " + table.getKey().toLowerCase()
                            + " : deux lignes importées ont la même clé (" + e.getMessage() + ")", e);
                }
            }
        }
        recreate.clear();
    }
}
