package db.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys from every data table to {@code dataset(dataset_key)}, and with them the index H2 keeps for
 * each: an import inserts every row of the cache, and that index was a fifth of the insert cost and a third of the
 * file (measured: src/site/markdown/cache.md). The rows are no less tied to their dataset: imports build a private
 * copy and CacheValidator proves, before publishing, that every row belongs to a dataset of the new state.
 *
 * <p>In Java because H2 names these constraints itself (CONSTRAINT_6372...): only the catalogue knows them. The jOOQ
 * classes, generated from the SQL scripts, keep describing the keys; nothing reads them.
 */
public class V6__dataset_rows_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String[]> keys = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT fk.TABLE_NAME, fk.CONSTRAINT_NAME
                     FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                     JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk
                       ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
                     JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk
                       ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                     WHERE pk.TABLE_SCHEMA = 'PUBLIC' AND pk.TABLE_NAME = 'DATASET'
                     ORDER BY fk.TABLE_NAME""")) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String[] key : keys) {
                st.execute("ALTER TABLE \"" + key[0] + "\" DROP CONSTRAINT \"" + key[1] + "\"");
            }
        }
    }
}
