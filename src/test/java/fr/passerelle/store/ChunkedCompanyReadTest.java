package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The companies are read in SIRET ranges of a few rows (the index build's bounded memory): whatever the chunk size,
 * the same rows in the same order as one read of the whole tables, a SIRET in two datasets included even when a
 * chunk ends in the middle of it, scores without a company left out.
 */
class ChunkedCompanyReadTest {
    private static final List<String> WHOLE = List.of(
            "11111111111111 D1505 80 Boulangerie A", "11111111111111 D1505 60 Boulangerie B", "11111111111111 N1103 40 Boulangerie A",
            "22222222222222 N1103 72 Entrepôt", "33333333333333 D1505 55 Fournil", "55555555555555 D1505 10 Dernière");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "chunks of {0} companies")
    @ValueSource(ints = {1, 2, 3, 4, 20_000})
    void everyChunkSizeReadsTheRowsOfTheWholeTablesInOrder(int chunk) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path base = cache.resolve("g000004").resolve("reference");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/reference").load().migrate();
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute("""
                    INSERT INTO dataset VALUES ('companies.file/a', 'companies.file', 'a', 'Entreprises', 'a.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 4, 4, 0, '-', 1);
                    INSERT INTO dataset VALUES ('companies.file/b', 'companies.file', 'b', 'Entreprises', 'b.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 3, 3, 0, '-', 2);
                    INSERT INTO company (siret, name, commune_insee, latitude, longitude, dataset_id) VALUES
                      ('11111111111111', 'Boulangerie B', '59350', 50.64, 3.06, 2),
                      ('11111111111111', 'Boulangerie A', '59350', 50.64, 3.06, 1),
                      ('22222222222222', 'Entrepôt', '59009', 50.63, 3.15, 1),
                      ('33333333333333', 'Fournil', '59009', 50.63, 3.15, 2),
                      ('44444444444444', 'Sans score', '59009', 50.63, 3.15, 1),
                      ('55555555555555', 'Dernière', '59009', 50.63, 3.15, 1);
                    INSERT INTO company_hiring_score (siret, rome_code, score, score_source, dataset_id) VALUES
                      ('00000000000000', 'D1505', 99, 'PUBLISHED', 1),
                      ('11111111111111', 'N1103', 40, 'ESTIMATED', 1),
                      ('11111111111111', 'D1505', 60, 'PUBLISHED', 2),
                      ('11111111111111', 'D1505', 80, 'PUBLISHED', 1),
                      ('22222222222222', 'N1103', 72, 'ESTIMATED', 1),
                      ('33333333333333', 'D1505', 55, 'PUBLISHED', 2),
                      ('55555555555555', 'D1505', 10, 'PUBLISHED', 1);
                    """);
        } finally {
            pool.dispose();
        }
        Files.writeString(cache.resolve("CURRENT"), "g000004\n", UTF_8);

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            List<String> read = new ArrayList<>();
            new HiringCompanyReader(opened.database(), chunk)
                    .read(c -> read.add(c.siret() + " " + c.romeCode() + " " + c.score() + " " + c.name()));
            assertEquals(WHOLE, read);
        }
    }

    /**
     * The scores come in the table's row order (no index since V11) and are sorted in memory: three datasets on one
     * SIRET, written in an order that is neither their ROME codes' nor their keys', a company placed at its commune's
     * centre, one that cannot be placed, a LISTED link without score, a SIRET whose leading zeros must stay.
     */
    @org.junit.jupiter.api.Test
    void scoresWrittenInAnyOrderComeOutBySiretRomeCodeAndDatasetWithTheCompanyOfTheirDataset() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path base = cache.resolve("g000004").resolve("reference");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/reference").load().migrate();
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute("""
                    INSERT INTO dataset VALUES ('companies.file/c', 'companies.file', 'c', 'Entreprises', 'c.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 1, 1, 0, '-', 1);
                    INSERT INTO dataset VALUES ('companies.file/a', 'companies.file', 'a', 'Entreprises', 'a.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 1, 1, 0, '-', 2);
                    INSERT INTO dataset VALUES ('companies.file/b', 'companies.file', 'b', 'Entreprises', 'b.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 1, 1, 0, '-', 3);
                    INSERT INTO dataset VALUES ('geo.communes', 'geo.communes', '', 'Communes', 'c.csv',
                      NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 1, 1, 0, '-', 4);
                    INSERT INTO commune (insee_code, name, departement_code, region_code, latitude, longitude, dataset_id)
                      VALUES ('59350', 'Lille', '59', '32', 50.63, 3.06, 4);
                    INSERT INTO company (siret, name, naf_code, commune_insee, headcount_bracket, latitude, longitude, dataset_id) VALUES
                      ('09999999999999', 'Zéro devant', '4711D', '59350', '11', 50.1, 3.1, 2),
                      ('11111111111111', 'Au centre C', '1071C', '59350', NULL, NULL, NULL, 1),
                      ('11111111111111', 'Placée B', '1071C', '99999', NULL, 50.2, 3.2, 3),
                      ('11111111111111', 'Nulle part A', '1071C', '99999', NULL, NULL, NULL, 2);
                    INSERT INTO company_hiring_score (siret, rome_code, score, score_source, dataset_id) VALUES
                      ('11111111111111', 'N1103', 40, 'ESTIMATED', 1),
                      ('11111111111111', 'D1505', 60, 'PUBLISHED', 3),
                      ('11111111111111', 'D1505', 70, 'PUBLISHED', 1),
                      ('11111111111111', 'D1505', 80, 'PUBLISHED', 2),
                      ('11111111111111', 'A1101', NULL, 'LISTED', 3),
                      ('09999999999999', 'D1505', 5, 'ESTIMATED', 2);
                    """);
        } finally {
            pool.dispose();
        }
        Files.writeString(cache.resolve("CURRENT"), "g000004\n", UTF_8);

        try (ReferenceCache opened = ReferenceCache.open(cache)) {
            List<String> read = new ArrayList<>();
            new HiringCompanyReader(opened.database(), 2).read(c -> read.add(c.siret() + " " + c.romeCode() + " "
                    + c.score() + (c.estimated() ? " estimé " : " publié ") + c.name() + " " + c.nafCode() + " "
                    + c.communeInsee() + " " + c.headcount() + " " + c.latitude() + " " + c.longitude()));
            assertEquals(List.of(
                    "09999999999999 D1505 5 estimé Zéro devant 4711D 59350 11 50.1 3.1",
                    "11111111111111 D1505 60 publié Placée B 1071C 99999 null 50.2 3.2",
                    "11111111111111 D1505 70 publié Au centre C 1071C 59350 null 50.63 3.06",
                    "11111111111111 N1103 40 estimé Au centre C 1071C 59350 null 50.63 3.06"), read);
        }
    }
}
