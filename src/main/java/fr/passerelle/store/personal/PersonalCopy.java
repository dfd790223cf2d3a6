package fr.passerelle.store.personal;

import static fr.passerelle.store.personal.db.Tables.OUTBOX_ITEM;
import static fr.passerelle.store.personal.db.Tables.PERSON;
import static fr.passerelle.store.personal.db.Tables.PERSON_NOTE;
import static fr.passerelle.store.personal.db.Tables.SAVED_PATH;

import fr.passerelle.store.personal.db.DefaultSchema;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

/** Copies every live row of the personal database into a fresh one (compaction), parents before children. */
final class PersonalCopy {
    /** Every table of db/personal, in foreign-key order. A table added by a migration must be added here. */
    static final List<Table<? extends TableRecord<?>>> TABLES = List.of(PERSON, PERSON_NOTE, SAVED_PATH, OUTBOX_ITEM);

    private PersonalCopy() {
    }

    static void copy(DSLContext from, DSLContext to) {
        Set<String> listed = TABLES.stream().map(Table::getName).collect(Collectors.toSet());
        Set<String> schema = DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).collect(Collectors.toSet());
        if (!listed.equals(schema)) {
            // Compacting without a table would erase it: refuse rather than lose rows.
            throw new IllegalStateException("compactage : tables copiées " + listed + " ≠ tables du schéma " + schema);
        }
        to.transaction(tx -> {
            for (Table<? extends TableRecord<?>> table : TABLES) {
                copyTable(from, tx.dsl(), table);
            }
        });
    }

    private static <R extends TableRecord<?>> void copyTable(DSLContext from, DSLContext to, Table<R> table) {
        List<R> rows = from.selectFrom(table).fetch().map(r -> to.newRecord(table, (Record) r));
        if (!rows.isEmpty()) {
            to.batchInsert(rows).execute();
        }
    }
}
