package fr.passerelle.store;

import java.util.List;
import java.util.Map;

/** Test access to the cache's tables with plain SQL (the store keeps jOOQ to itself). */
public final class SqlProbe {
    private SqlProbe() {
    }

    /** Rows of a query, each as column name (upper case) → value. */
    public static List<Map<String, Object>> rows(ReferenceCache database, String sql, Object... bindings) {
        return database.database().dsl().fetch(sql, bindings).intoMaps();
    }

    public static int count(ReferenceCache database, String table) {
        return ((Number) database.database().dsl().fetchValue("SELECT COUNT(*) FROM " + table)).intValue();
    }

    /** The single value of a query. */
    public static Object value(ReferenceCache database, String sql, Object... bindings) {
        return database.database().dsl().fetchValue(sql, bindings);
    }
}
