package fr.passerelle.store;

import fr.passerelle.domain.Referential;
import fr.passerelle.importer.ImportWords;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jooq.Table;

/**
 * Writes records of one type into their table with a JDBC batch (the fastest path into embedded H2), and refuses a
 * second row with the same primary key in the same import, so that the importer can say on which line.
 */
final class RecordWriter implements AutoCloseable {
    private static final int BATCH = 2_000;

    private final Table<?> table;
    private final MethodHandle[] accessors;
    private final int[] maxLengths;
    private final String[] columnNames;
    private final int[] keyPositions;
    private final Set<Object> keysSeen = new HashSet<>();
    private final PreparedStatement insert;
    private final InsertThread inserts;
    private List<Object[]> pending = new ArrayList<>(BATCH);
    private long rows;

    RecordWriter(Class<?> type, Connection connection, InsertThread inserts) throws SQLException {
        this.table = RecordTables.tableOf(type);
        RecordComponent[] components = type.getRecordComponents();
        this.accessors = new MethodHandle[components.length];
        List<String> columns = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < components.length; i++) {
            String column = snakeCase(components[i].getName());
            if (table.field(column) == null) {
                throw new IllegalStateException(table.getName() + " has no column " + column + " for " + type.getSimpleName());
            }
            columns.add(column);
            try {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        this.columnNames = columns.toArray(new String[0]);
        this.maxLengths = new int[columnNames.length];
        for (int i = 0; i < columnNames.length; i++) {
            org.jooq.DataType<?> columnType = table.field(columnNames[i]).getDataType();
            maxLengths[i] = columnType.isString() && columnType.hasLength() && !columnType.isLob() ? columnType.length() : 0;
        }
        columns.add("DATASET_ID");
        this.keyPositions = keyPositions(table, columns);
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (String column : columns) {
            names.add(column);
            marks.add("?");
        }
        this.inserts = inserts;
        this.insert = connection.prepareStatement("INSERT INTO " + table.getName() + " (" + names + ") VALUES (" + marks + ")");
    }

    /** Adds a row of the dataset {@code datasetId} (V12); throws IllegalArgumentException on a repeated primary key. */
    void add(Object record, int datasetId) throws SQLException {
        Object[] values = new Object[accessors.length + 1];
        for (int i = 0; i < accessors.length; i++) {
            try {
                values[i] = toColumn(accessors[i].invoke(record));
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + record, t);
            }
        }
        values[accessors.length] = datasetId;
        for (int i = 0; i < maxLengths.length; i++) {
            if (maxLengths[i] > 0 && values[i] instanceof String text && text.length() > maxLengths[i]) {
                throw ImportWords.invalid("import.column", columnNames[i].toLowerCase(),
                        ImportWords.say("cache.tooLong", text.length(), maxLengths[i], text));
            }
        }
        if (keyPositions.length > 0 && !keysSeen.add(key(values))) {
            List<Object> key = new ArrayList<>(keyPositions.length);
            for (int position : keyPositions) {
                key.add(values[position]);
            }
            throw ImportWords.invalid("cache.duplicate", key, table.getName().toLowerCase());
        }
        pending.add(values);
        rows++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /**
     * The row's key as held in the set of keys seen: the value itself for a one-column key (a SIRET), else a compact
     * list (no per-row ArrayList: a million companies and three million scores go through here).
     */
    private Object key(Object[] values) {
        if (keyPositions.length == 1) {
            return values[keyPositions[0]];
        }
        Object[] key = new Object[keyPositions.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = values[keyPositions[i]];
        }
        return Arrays.asList(key);
    }

    /**
     * Hands the rows to the insert thread, which sends them as one batch and commits it: in the staging database nobody
     * waits for a transaction to end, and one commit per batch (not per row, as autocommit would, nor one for the
     * whole import) keeps both the work and the undo log small. The rows are written when the sink drains the thread.
     */
    void flush() throws SQLException {
        if (!pending.isEmpty()) {
            inserts.submit(insert, pending);
            pending = new ArrayList<>(BATCH);
        }
    }

    /** Rows added so far, all datasets together (the sink takes differences per dataset). */
    long rows() {
        return rows;
    }

    /** The table this writer fills. */
    Table<?> table() {
        return table;
    }

    /** Keys are unique per import; a new dataset starts a new set (the old rows are gone). */
    void forgetKeys() {
        keysSeen.clear();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    private static int[] keyPositions(Table<?> table, List<String> columns) {
        List<String> key = RecordTables.importKey(table);
        int[] positions = new int[key.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = columns.indexOf(key.get(i));
            if (positions[i] < 0) {
                throw new IllegalStateException(table.getName() + ": key column " + key.get(i) + " is not written");
            }
        }
        return positions;
    }

    /** Domain value types to column values: single-value records unwrap, enums store their name. */
    static Object toColumn(Object value) throws Throwable {
        if (value == null) {
            return null;
        }
        if (value instanceof Referential r) {
            return r.key();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (value instanceof Record r) {
            MethodHandle single = SINGLE_VALUE.get(r.getClass());
            if (single != null) {
                return single.invoke(r);
            }
        }
        return value;
    }

    /** For value records (RomeCode, InseeCode, Siret...): their one accessor, looked up once per class. */
    private static final ClassValue<MethodHandle> SINGLE_VALUE = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || components.length != 1) {
                return null;
            }
            try {
                return MethodHandles.publicLookup().unreflect(components[0].getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** rankOrder → RANK_ORDER, code341 → CODE_341. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0 && (Character.isUpperCase(c)
                    || (Character.isDigit(c) && !Character.isDigit(camel.charAt(i - 1))));
            if (boundary) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }
}
