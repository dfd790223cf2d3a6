package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache created before V3 keeps its establishments: street number and street become the address. */
class CompanyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void v3KeepsTheEstablishmentsOfAnOlderCache() {
        Path file = dir.resolve("cache").resolve("reference").toAbsolutePath();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file, "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/reference").target("1").load().migrate();
            org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2).execute("""
                    INSERT INTO dataset VALUES ('lbb.establishments/etablissements', 'lbb.establishments', 'etablissements',
                      'Établissements', 'etablissements.csv', NULL, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, 2, 0, '-');
                    INSERT INTO company (siret, name, street_number, street, commune_insee, headcount_bracket, dataset_key)
                      VALUES ('00565014800033', 'SOC', '2', 'RUE DU DOCTEUR SIMON PIETRI', '04070', '03', 'lbb.establishments/etablissements'),
                             ('00685016800011', 'SELONNET', NULL, 'STATION DE CHABANON', '04203', '12', 'lbb.establishments/etablissements');
                    """);
        } finally {
            pool.dispose();
        }
        try (ReferenceCache database = ReferenceCache.open(dir.resolve("cache"))) {
            assertEquals(List.of(
                    Map.of("siret", "00565014800033", "address", "2 RUE DU DOCTEUR SIMON PIETRI"),
                    Map.of("siret", "00685016800011", "address", "STATION DE CHABANON")),
                    StoreProbe.rows(database, "SELECT siret, address FROM company ORDER BY siret"));
        }
    }
}
