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
 * Caches written by an earlier Passerelle: the single-file cache before generations is adopted, a generation of an
 * older schema is upgraded by publishing a migrated copy, and one of a newer schema is refused in French.
 */
class SchemaUpgradeTest {
    private static final String ROWS = """
            INSERT INTO dataset VALUES ('lbb.naf_labels/', 'lbb.naf_labels', '', 'NAF rév. 2 – libellés', 'naf_labels.csv',
              NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
            INSERT INTO naf_label VALUES ('4711D', 'Supermarchés', 'lbb.naf_labels/'), ('4711F', 'Hypermarchés', 'lbb.naf_labels/');
            """;

    @TempDir
    Path dir;

    /** A database at schema {@code version} holding two NAF labels. */
    private void oldDatabase(Path base, String version) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/reference").target(version).load().migrate();
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute(ROWS);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aSingleFileCacheOfAnEarlierPasserelleIsAdoptedWithItsRowsCountedAndWithoutForeignKeys() {
        Path cache = dir.resolve("cache");
        oldDatabase(cache.resolve("reference"), "4");

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            assertEquals(List.of(Map.of("code", "4711D", "label", "Supermarchés"), Map.of("code", "4711F", "label", "Hypermarchés")),
                    StoreProbe.rows(opened, "SELECT code, label FROM naf_label ORDER BY code"));
            assertEquals(2L, new DatasetStore(opened.database()).rowsInCache().get("lbb.naf_labels/"));
            assertEquals(0L, ((Number) SqlProbe.value(opened, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'FOREIGN KEY'")).longValue());
        }
        assertFalse(Files.exists(cache.resolve("reference.mv.db")), "the adopted file is removed");
    }

    @Test
    void aGenerationOfAnOlderSchemaIsUpgradedByPublishingAMigratedCopy() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        oldDatabase(cache.resolve("g000007").resolve("reference"), "5");
        Files.writeString(cache.resolve("CURRENT"), "g000007\n", UTF_8);

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            assertEquals("g000008", opened.generation());
            assertEquals(2, SqlProbe.count(opened, "naf_label"));
            assertTrue(Files.readString(cache.resolve("CURRENT"), UTF_8).startsWith("g000008"));
        }
        assertFalse(Files.exists(cache.resolve("g000007")), "the old generation is removed once unused");
    }

    @Test
    void aV9GenerationWithCompaniesIsUpgradedToTablesWithoutIndexesAndItsCompaniesReadInSiretOrder() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path base = cache.resolve("g000004").resolve("reference");
        oldDatabase(base, "9");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        try {
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute("""
                    INSERT INTO dataset VALUES ('companies.file/lille', 'companies.file', 'lille', 'Entreprises', 'e.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
                    INSERT INTO company (siret, name, commune_insee, latitude, longitude, dataset_key) VALUES
                      ('73282932000074', 'Supérette fictive', '59350', 50.64, 3.06, 'companies.file/lille'),
                      ('55208131766522', 'Entrepôts fictifs', '59009', 50.63, 3.15, 'companies.file/lille');
                    INSERT INTO company_hiring_score (siret, rome_code, score, score_source, dataset_key) VALUES
                      ('73282932000074', 'D1505', 87, 'PUBLISHED', 'companies.file/lille'),
                      ('55208131766522', 'N1103', 72, 'ESTIMATED', 'companies.file/lille'),
                      ('55208131766522', 'N1101', 55, 'ESTIMATED', 'companies.file/lille');
                    """);
        } finally {
            pool.dispose();
        }
        Files.writeString(cache.resolve("CURRENT"), "g000004\n", UTF_8);

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            assertEquals("g000005", opened.generation(), "upgraded by publishing a migrated copy");
            List<String> read = new java.util.ArrayList<>();
            new HiringCompanyReader(opened.database()).read(c -> read.add(c.siret() + " " + c.romeCode() + " " + c.score()));
            assertEquals(List.of("55208131766522 N1101 55", "55208131766522 N1103 72", "73282932000074 D1505 87"), read);
            assertEquals(0L, ((Number) SqlProbe.value(opened, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE CONSTRAINT_TYPE = 'PRIMARY KEY' AND TABLE_NAME IN ('COMPANY', 'COMPANY_HIRING_SCORE')")).longValue());
            assertEquals(List.of(), StoreProbe.rows(opened, "SELECT INDEX_NAME FROM"
                    + " INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME IN ('COMPANY', 'COMPANY_HIRING_SCORE') ORDER BY INDEX_NAME")
                    .stream().map(r -> r.get("index_name")).toList());
        }
    }

    @Test
    void theEmptyCacheShippedInTheBuildIsAtThisBuildsSchemaAndStartsANewFolder() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("shipped"));
        assertTrue(EmptyCacheTemplate.copyShipped(copy.resolve("reference.mv.db")), "the build must ship db/empty-reference.mv.db");
        try (var connection = java.sql.DriverManager.getConnection(H2Urls.readOnly(copy.resolve("reference")), "sa", "")) {
            assertEquals(SchemaVersion.latest(), SchemaVersion.of(connection));
        }

        try (ReferenceCache opened = ReferenceCache.open(dir.resolve("cache"))) {
            assertEquals(List.of(), new DatasetStore(opened.database()).all());
        }
        assertTrue(Files.exists(dir.resolve("cache").resolve("empty-v" + SchemaVersion.latest() + ".mv.db")));
    }

    @Test
    void aGenerationOfANewerSchemaIsRefusedInFrench() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        // ROWS are written at schema 11 (text dataset keys), then the history claims a version from the future.
        oldDatabase(cache.resolve("g000003").resolve("reference"), "11");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + cache.resolve("g000003").resolve("reference").toAbsolutePath(), "sa", "");
        try {
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute("UPDATE \"flyway_schema_history\" SET \"version\" = '99'"
                    + " WHERE \"installed_rank\" = (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
        } finally {
            pool.dispose();
        }
        Files.writeString(cache.resolve("CURRENT"), "g000003\n", UTF_8);

        StoreException e = assertThrows(StoreException.class, () -> ReferenceCache.open(cache));

        assertTrue(e.getMessage().startsWith("ce cache a été écrit par une version plus récente de Passerelle (schéma 99"),
                e.getMessage());
    }
}
