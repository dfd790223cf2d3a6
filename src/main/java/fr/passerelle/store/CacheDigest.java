package fr.passerelle.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A SHA-256 of everything the cache holds (every table, rows in a stable order). Two equal digests mean the same
 * content: tests use it to prove that a failed import changed nothing.
 */
public final class CacheDigest {
    private CacheDigest() {
    }

    /** The digest of the generation the cache publishes now. */
    public static String of(ReferenceCache cache) {
        try (CacheLease lease = cache.lease()) {
            return of(lease.database());
        }
    }

    public static String of(ReferenceDatabase database) {
        return digest(database, false);
    }

    /**
     * The digest of the content alone, without the import times (a sync and a direct import of the same files, made
     * at different moments, give the same): what {@code status --digest} prints (sync.md).
     */
    public static String contentOf(ReferenceDatabase database) {
        return digest(database, true);
    }

    private static String digest(ReferenceDatabase database, boolean withoutImportTimes) {
        DSLContext dsl = database.dsl();
        MessageDigest digest = sha256();
        for (Table<?> table : fr.passerelle.store.db.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.getName().equalsIgnoreCase("flyway_schema_history") || table.getName().equals("DATASET_ID_LAST")) {
                continue;
            }
            digest.update(table.getName().getBytes(StandardCharsets.UTF_8));
            // Order by every column but large objects, which H2 cannot compare; the key columns come first anyway.
            // A dataset id is the cache's own numbering (V12): a sync and a direct import of the same files give
            // different ids, so each row is digested with its dataset's key, in place of its id, as before V12.
            java.util.List<String> columns = new java.util.ArrayList<>();
            java.util.List<String> order = new java.util.ArrayList<>();
            for (org.jooq.Field<?> field : table.fields()) {
                boolean id = field.getName().equals("DATASET_ID");
                if (id && table.getName().equals("DATASET")) {
                    continue;
                }
                columns.add(id ? "COALESCE(d.DATASET_KEY, '#' || t.DATASET_ID) AS DATASET_KEY" : "t." + field.getName());
                if (!field.getDataType().isLob()) {
                    order.add(String.valueOf(columns.size()));
                }
            }
            String join = table.field("DATASET_ID") != null && !table.getName().equals("DATASET")
                    ? " LEFT JOIN DATASET d ON d.DATASET_ID = t.DATASET_ID" : "";
            String sql = "SELECT " + String.join(", ", columns) + " FROM " + table.getName() + " t" + join
                    + " ORDER BY " + String.join(", ", order);
            for (Record row : dsl.fetch(sql)) {
                for (int i = 0; i < row.size(); i++) {
                    if (withoutImportTimes && row.field(i).getName().equalsIgnoreCase("imported_at")) {
                        continue;
                    }
                    Object value = row.get(i);
                    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1F);
                }
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
