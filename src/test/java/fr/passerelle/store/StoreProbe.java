package fr.passerelle.store;

import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** Lets tests of other packages read the cache with plain SQL (the store keeps its jOOQ context package-private). */
public final class StoreProbe {
    private StoreProbe() {
    }

    public static int count(ReferenceCache database, String table) {
        return database.database().dsl().fetchCount(database.database().dsl().selectFrom(table));
    }

    /** Rows of a query as column (lower-case) → value maps, in the query's order. */
    public static List<Map<String, Object>> rows(ReferenceCache database, String sql, Object... bindings) {
        return database.database().dsl().fetch(sql, bindings).stream().map(StoreProbe::asMap).toList();
    }

    private static Map<String, Object> asMap(Record record) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            map.put(record.field(i).getName().toLowerCase(java.util.Locale.ROOT), record.get(i));
        }
        return map;
    }
}
