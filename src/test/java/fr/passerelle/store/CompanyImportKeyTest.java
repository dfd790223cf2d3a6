package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.company.HiringScore;
import fr.passerelle.domain.company.ScoreSource;
import fr.passerelle.domain.company.Siret;
import fr.passerelle.domain.InseeCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Since V10 the company tables have no primary key: the importer alone keeps a SIRET (company) or a SIRET and ROME code
 * (hiring score) from coming twice in one dataset, in memory, after thousands of rows sent to the insert thread.
 */
class CompanyImportKeyTest {
    private static final int ROWS = 5_000;   // more than two batches of 2,000: most rows are already in H2

    @TempDir
    Path home;
    private StagingBuild build;

    @AfterEach
    void abandon() {
        build.abandon();
    }

    /** A valid SIRET of the fictional SIREN 732829320 (Luhn key computed): establishment {@code n}. */
    static String siret(int n) {
        String head = "732829320" + String.format("%04d", n);
        for (int key = 0; key < 10; key++) {
            if (Siret.isValid(head + key)) {
                return head + key;
            }
        }
        throw new IllegalStateException(head);
    }

    private static HiringScore score(int n, String rome) {
        return new HiringScore(new Siret(siret(n)), new RomeCode(rome), 50, ScoreSource.PUBLISHED);
    }

    private static Establishment company(int n) {
        return new Establishment(new Siret(siret(n)), "Établissement fictif " + n, null, "4711C", null, null, null, null,
                new InseeCode("59350"), null, null, null, null, null, null);
    }

    private static DatasetInfo dataset(String scope) {
        return new DatasetInfo("companies.file", scope, "Entreprises " + scope, "entreprises_" + scope + ".csv", null,
                Instant.parse("2026-12-01T00:00:00Z"), ROWS, ROWS, 0, "00");
    }

    private StagingSink openWithScores(String scope) {
        build = StagingBuild.start(new CacheFolder(home), null, true);
        StagingSink sink = build.sink(Map.of(), Set.of());
        sink.openDataset(dataset(scope));
        for (int i = 0; i < ROWS; i++) {
            sink.add(score(i, "D1505"));
            sink.add(company(i));
        }
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        score 1234 D1505 => company_hiring_score
        score 4999 D1505 => company_hiring_score
        company 0        => company
        company 3000     => company
        """)
    void aRepeatedKeyAfterThousandsOfRowsIsRefusedWithTheKeyAndTheTable(String row, String table) {
        StagingSink sink = openWithScores("lille");
        String[] parts = row.split(" ");
        int n = Integer.parseInt(parts[1]);
        Object repeated = parts[0].equals("score") ? score(n, parts[2]) : company(n);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.add(repeated));

        String key = parts[0].equals("score") ? "[" + siret(n) + ", " + parts[2] + "]" : "[" + siret(n) + "]";
        assertEquals("doublon : une ligne de même clé " + key + " a déjà été lue (" + table + ")", e.getMessage());
    }

    @Test
    void theSameSiretForAnotherRomeCodeOrInAnotherDatasetIsAccepted() {
        StagingSink sink = openWithScores("lille");
        assertDoesNotThrow(() -> sink.add(score(1234, "N1103")));
        sink.closeDataset(dataset("lille"));

        sink.openDataset(dataset("lens"));
        assertDoesNotThrow(() -> sink.add(score(1234, "D1505")));
        assertDoesNotThrow(() -> sink.add(company(1234)));
        sink.closeDataset(dataset("lens"));
        sink.restoreIndexes();

        assertEquals(ROWS + 2L, count(sink, "COMPANY_HIRING_SCORE"));
        assertEquals(ROWS + 1L, count(sink, "COMPANY"));
    }

    @Test
    void theCompanyTablesHaveNeitherPrimaryKeyNorIndexAfterAnImport() {
        StagingSink sink = openWithScores("lille");
        sink.closeDataset(dataset("lille"));
        sink.restoreIndexes();

        assertEquals(List.of(), sink.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_TYPE = 'PRIMARY KEY' AND TABLE_NAME IN ('COMPANY', 'COMPANY_HIRING_SCORE')").getValues(0));
        // V11: HiringCompanyReader reads both tables in row order and sorts in memory; an index would only cost a rebuild.
        assertEquals(List.of(), sink.dsl().fetch("SELECT TABLE_NAME || '.' || COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_NAME IN ('COMPANY', 'COMPANY_HIRING_SCORE')").getValues(0, String.class));
        assertEquals(ROWS + 0L, count(sink, "COMPANY_HIRING_SCORE"));
    }

    private static long count(StagingSink sink, String table) {
        return ((Number) sink.dsl().fetchValue("SELECT COUNT(*) FROM " + table)).longValue();
    }
}
