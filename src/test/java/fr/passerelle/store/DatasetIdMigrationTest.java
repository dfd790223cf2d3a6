package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V12 converts a V11 generation (text dataset keys on every row) to integer dataset ids: every row keeps its dataset,
 * the keys that held the text key hold the id at the same place, and a conversion that cannot finish leaves the V11
 * generation published and unchanged.
 */
class DatasetIdMigrationTest {
    /** Four datasets written in an order that is not their keys' (the ids follow the keys' order). */
    private static final String DATASETS = """
            INSERT INTO dataset VALUES ('trainings.lheo/b', 'trainings.lheo', 'b', 'Formations', 'b.xml', NULL,
              TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
            INSERT INTO dataset VALUES ('geo.communes/', 'geo.communes', '', 'Communes', 'communes.csv', NULL,
              TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
            INSERT INTO dataset VALUES ('trainings.lheo/a', 'trainings.lheo', 'a', 'Formations', 'a.xml', NULL,
              TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
            INSERT INTO dataset VALUES ('market.offers_commune/x', 'market.offers_commune', 'x', 'Offres', 'x.csv', NULL,
              TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 3, 3, 0, '-');
            """;
    /** Rows of four tables; the same training and session ids in two datasets (their keys include the dataset). */
    private static final String ROWS = """
            INSERT INTO commune (insee_code, name, departement_code, region_code, latitude, longitude, dataset_key) VALUES
              ('59350', 'Lille', '59', '32', 50.63, 3.06, 'geo.communes/'),
              ('35238', 'Rennes', '35', '53', 48.11, -1.68, 'geo.communes/');
            INSERT INTO training (training_id, title, dataset_key) VALUES
              ('F1', 'Boulanger (b)', 'trainings.lheo/b'), ('F1', 'Boulanger (a)', 'trainings.lheo/a');
            INSERT INTO training_session (session_id, action_id, start_precision, end_precision, dataset_key) VALUES
              ('S1', 'A1', 'DAY', 'DAY', 'trainings.lheo/a'), ('S1', 'A1', 'DAY', 'DAY', 'trainings.lheo/b');
            INSERT INTO offer_count VALUES ('commune', '59350', 'D1505', 4, DATE '2021-12-21', 'market.offers_commune/x'),
              ('commune', '35238', 'D1505', 5, DATE '2021-12-21', 'market.offers_commune/x'),
              ('commune', '35238', 'N1103', 6, DATE '2021-12-21', 'market.offers_commune/x');
            INSERT INTO dataset_table_rows VALUES ('geo.communes/', 'COMMUNE', 2), ('trainings.lheo/a', 'TRAINING', 1),
              ('trainings.lheo/b', 'TRAINING', 1), ('trainings.lheo/a', 'TRAINING_SESSION', 1),
              ('trainings.lheo/b', 'TRAINING_SESSION', 1), ('market.offers_commune/x', 'OFFER_COUNT', 3);
            """;

    @TempDir
    Path dir;

    @Test
    void aV11GenerationWithSeveralDatasetsKeepsEveryRowWithItsDataset() throws Exception {
        Path cache = v11Generation(DATASETS + ROWS);

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            assertEquals("g000005", opened.generation(), "upgraded by publishing a migrated copy");
            assertEquals(List.of(
                    Map.of("dataset_key", "geo.communes/", "dataset_id", 1),
                    Map.of("dataset_key", "market.offers_commune/x", "dataset_id", 2),
                    Map.of("dataset_key", "trainings.lheo/a", "dataset_id", 3),
                    Map.of("dataset_key", "trainings.lheo/b", "dataset_id", 4)),
                    StoreProbe.rows(opened, "SELECT DATASET_KEY, DATASET_ID FROM DATASET ORDER BY DATASET_ID"));
            assertEquals(4, ((Number) SqlProbe.value(opened, "SELECT LAST_ID FROM DATASET_ID_LAST")).intValue());
            assertEquals(List.of("35238 geo.communes/", "59350 geo.communes/"),
                    withDataset(opened, "COMMUNE", "INSEE_CODE"));
            assertEquals(List.of("Boulanger (a) trainings.lheo/a", "Boulanger (b) trainings.lheo/b"),
                    withDataset(opened, "TRAINING", "TITLE"));
            assertEquals(List.of("S1 trainings.lheo/a", "S1 trainings.lheo/b"), withDataset(opened, "TRAINING_SESSION", "SESSION_ID"));
            assertEquals(List.of("4 market.offers_commune/x", "5 market.offers_commune/x", "6 market.offers_commune/x"),
                    withDataset(opened, "OFFER_COUNT", "OFFERS"));
            assertEquals(List.of("SESSION_ID", "DATASET_ID"), primaryKey(opened, "TRAINING_SESSION"));
            assertEquals(0L, ((Number) SqlProbe.value(opened, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'DATASET_KEY'"
                    + " AND TABLE_NAME NOT IN ('DATASET', 'DATASET_TABLE_ROWS')")).longValue(), "no text key left on a data row");
            assertEquals(Map.of(), new DatasetStore(opened.database()).recount(), "the recorded counts are true of the data");
        }
        assertFalse(Files.exists(cache.resolve("g000004")), "the V11 generation is removed once unused");
    }

    @Test
    void theUpgradeIsSaidWhileItRunsOnceAndNotAfter() throws Exception {
        Path cache = v11Generation(DATASETS + ROWS);
        List<fr.passerelle.engine.words.Message> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        CacheNotices.listen(said::add);
        try {
            ReferenceCache.open(cache).close();
            assertEquals(1, said.size(), said.toString());
            assertEquals("cache.schema.upgrading", said.get(0).key());
            assertEquals("mise à jour du cache au format de cette version de Passerelle (schéma 11 → 12), une seule fois :"
                    + " jusqu'à quelques minutes pour des données nationales…",
                    fr.passerelle.engine.words.MessageRenderer.french().render(said.get(0)));
            ReferenceCache.open(cache).close();
            assertEquals(1, said.size(), "an up-to-date cache says nothing");
        } finally {
            CacheNotices.listen(null);
        }
    }

    @Test
    void theCommandLineSaysTheUpgradeOnItsErrorStreamInItsLanguage() throws Exception {
        v11Generation(DATASETS + ROWS);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = fr.passerelle.cli.PasserelleCommand.run(home -> { }, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "--home", dir.toString(), "--lang", "en", "status");

        assertEquals(0, code, err.toString());
        assertTrue(err.toString().startsWith("passerelle: upgrading the cache to this version of Passerelle's format"
                + " (schema 11 → 12), once: up to a few minutes for national data…"), err.toString());
        assertEquals(1, err.toString().lines().count(), "said once, nothing else on the error stream: " + err);
        assertFalse(out.toString().isBlank(), "status answers once the cache is upgraded");
    }

    @Test
    void aV11GenerationWithARowOfNoDatasetIsRefusedAndStaysPublishedAsItWas() throws Exception {
        Path cache = v11Generation(DATASETS + ROWS + """
                INSERT INTO offer_count VALUES ('commune', '29019', 'D1505', 7, DATE '2021-12-21', 'market.offers_commune/gone');
                """);
        Path file = CacheFolder.databaseFile(cache.resolve("g000004"));
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ReferenceCache.open(cache));

        assertTrue(e.getMessage().contains("V12__integer_dataset_id"), e.getMessage());
        assertEquals("g000004\n", Files.readString(cache.resolve("CURRENT"), UTF_8));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the V11 file is untouched");
        try (var names = Files.list(cache)) {
            assertEquals(List.of("CURRENT", "g000004"), names.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".lock") && !n.startsWith("empty-")).sorted().toList(), "no copy left");
        }
    }

    /** A cache folder whose published generation g000004 is at schema 11, holding the given rows. */
    private Path v11Generation(String sql) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path base = cache.resolve("g000004").resolve("reference");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/reference").target("11").load().migrate();
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute(sql);
        } finally {
            pool.dispose();
        }
        Files.writeString(cache.resolve("CURRENT"), "g000004\n", UTF_8);
        return cache;
    }

    /** "value dataset-key" of every row of the table, sorted: the dataset each row belongs to, through its id. */
    private static List<String> withDataset(ReferenceCache cache, String table, String column) {
        return StoreProbe.rows(cache, "SELECT t." + column + " AS V, d.DATASET_KEY FROM " + table + " t JOIN DATASET d"
                        + " ON d.DATASET_ID = t.DATASET_ID").stream()
                .map(r -> r.get("v") + " " + r.get("dataset_key")).sorted().toList();
    }

    private static List<String> primaryKey(ReferenceCache cache, String table) {
        return StoreProbe.rows(cache, "SELECT IC.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS IC"
                        + " JOIN INFORMATION_SCHEMA.INDEXES I ON I.INDEX_NAME = IC.INDEX_NAME AND I.TABLE_SCHEMA = IC.TABLE_SCHEMA"
                        + " WHERE IC.TABLE_NAME = ? AND I.INDEX_TYPE_NAME = 'PRIMARY KEY' ORDER BY IC.ORDINAL_POSITION", table)
                .stream().map(r -> (String) r.get("column_name")).toList();
    }
}
