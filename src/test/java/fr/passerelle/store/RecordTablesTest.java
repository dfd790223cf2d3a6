package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.store.db.DefaultSchema;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every imported record type maps onto the columns of its table, and every data table has a record type. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordTablesTest {
    private ReferenceCache database;

    @BeforeAll
    void open(@TempDir Path folder) {
        database = ReferenceCache.open(folder.resolve("cache"));
    }

    @AfterAll
    void close() {
        database.close();
    }

    static Stream<Class<? extends Record>> recordTypes() {
        return RecordTables.recordTypes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void buildsAWriterOnARealConnection(Class<? extends Record> type) throws SQLException {
        try (Connection connection = database.database().dataSource().getConnection()) {
            // The constructor checks every component against a column and prepares the INSERT.
            assertDoesNotThrow(() -> new RecordWriter(type, connection, null).close());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void fillsEveryColumnOfItsTable(Class<? extends Record> type) {
        Table<?> table = RecordTables.tableOf(type);
        Set<String> columns = Arrays.stream(table.fields()).map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .map(RecordWriter::snakeCase).collect(Collectors.toCollection(TreeSet::new));
        written.add("DATASET_ID");

        assertEquals(columns, written, table.getName());
    }

    @Test
    void everyDataTableOfTheSchemaHasARecordType() {
        // A table missing here would keep its rows when its dataset is replaced. Not data: the datasets, their counts,
        // the highest dataset id given (V12).
        Set<String> bookkeeping = Set.of("DATASET", "DATASET_TABLE_ROWS", "DATASET_ID_LAST");
        Set<String> schema = DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName)
                .filter(name -> !bookkeeping.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mapped = RecordTables.dataTables().stream().map(Table::getName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(schema, mapped);
    }

    @Test
    void refusesATypeWithoutTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordTables.tableOf(String.class));

        assertEquals("no table for java.lang.String: add it to RecordTables", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ogr, OGR", "rankOrder, RANK_ORDER", "inseeCode, INSEE_CODE", "code341, CODE_341", "label22, LABEL_22",
            "difficultyPct, DIFFICULTY_PCT"})
    void namesColumnsInSnakeCase(String component, String column) {
        assertEquals(column, RecordWriter.snakeCase(component));
    }
}
