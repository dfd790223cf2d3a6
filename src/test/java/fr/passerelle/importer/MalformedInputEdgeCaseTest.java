package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.DatasetStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed input beyond one broken value: records spread over several lines, blank lines, byte-order marks, files
 * renamed by hand, values the schema cannot hold, quotes left open, NaN.
 */
class MalformedInputEdgeCaseTest extends SampleSeededCacheTest {
    private static final String NAF_HEADER = "naf_id,naf_label\n";

    @Test
    void reportsWrongFieldCountOnTheLineWhereAMultiLineRecordStarts() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,Supermarchés\n4711F,\"Hyper\nmarchés\",en trop\n");

        assertRefused(file, "naf_labels.csv:3: 3 champs alors que l'en-tête en a 2 (séparateur ou guillemet mal placé ?)");
    }

    @Test
    void reportsAValueErrorOnTheLineOfItsRecordAfterBlankLines() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,Supermarchés\n\n\n4711,Hypermarchés\n");

        assertRefused(file, "naf_labels.csv:5: colonne naf_id : '4711' n'est pas un code NAF (ex. 4711D)");
    }

    @Test
    void reportsBadQuotingOnTheLineAfterASingleLineRecord() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,Supermarchés\n4711F,\"Hyper\"marchés\n");

        assertRefused(file, "naf_labels.csv:3: CSV mal formé : Unexpected character after closing quote: m");
    }

    @Test
    void reportsBadQuotingWhereTheBrokenRecordStartsAfterAMultiLineRecord() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,\"Super\nmarchés\"\n4711F,\"Hyper\"marchés\n");

        assertRefused(file, "naf_labels.csv:4: CSV mal formé : Unexpected character after closing quote: m");
    }

    @Test
    void reportsBadQuotingWhereTheBrokenRecordStartsAfterBlankLines() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,Supermarchés\n\n\n4711F,\"Hyper\"marchés\n");

        assertRefused(file, "naf_labels.csv:5: CSV mal formé : Unexpected character after closing quote: m");
    }

    @Test
    void refusesAQuoteLeftOpenAtTheEndOfTheFile() throws IOException {
        Path file = write("naf_labels.csv", NAF_HEADER + "4711D,Supermarchés\n4711F,\"Hypermarchés\n");
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));

        assertEquals(3, e.line());
        assertEquals(before, CacheDigest.of(database));
    }

    @Test
    void importsAFileWhoseHeaderStartsWithAByteOrderMark() throws IOException, ImportException {
        Path file = write("naf_labels.csv", "\uFEFF" + NAF_HEADER + "4711D,Supermarchés\n");

        ImportFixtures.importPaths(database, file);

        assertEquals(1, dataset("lbb.naf_labels").rowsStored());
    }

    @Test
    void recognisesAFileRenamedByHandFromItsHeader() throws IOException, ImportException {
        Path file = write("mes_libelles_naf.csv", NAF_HEADER + "4711D,Supermarchés\n4711F,Hypermarchés\n");

        ImportFixtures.importPaths(database, file);

        DatasetInfo labels = dataset("lbb.naf_labels");
        assertEquals("mes_libelles_naf.csv", labels.source());
        assertEquals(2, labels.rowsStored());
    }

    @Test
    void recognisesARenamedFileWithAByteOrderMarkFromItsHeader() throws IOException, ImportException {
        Path file = write("mes_libelles_naf.csv", "\uFEFF" + NAF_HEADER + "4711D,Supermarchés\n");

        ImportReport report = ImportFixtures.importPaths(database, file);

        assertEquals(List.of(), report.skipped());
        assertEquals("mes_libelles_naf.csv", dataset("lbb.naf_labels").source());
    }

    @Test
    void refusesNotANumberWhereADecimalIsExpected() throws IOException {
        Path file = write("bassin_emploi_rome_connexe.csv", "code_bassin_emploi,rome,rome_connexe,score\n"
                + "3216,D1505,D1507,.98731978\n3216,D1505,M1601,NaN\n");

        assertRefused(file, "bassin_emploi_rome_connexe.csv:3: colonne score : 'NaN' n'est pas un nombre décimal "
                + "(point décimal attendu)");
    }

    @Test
    void refusesABmoFileWhoseNameLacksTheSurveyYear() throws IOException {
        Path file = write("difficultes.csv", "fap_code,fap,tension_pct,rome_code,rome_label\n"
                + "R0Z61,Caissiers,19.4,D1505,PERSONNEL DE CAISSE\n");

        assertRefused(file, "difficultes.csv: l'année d'enquête BMO doit figurer dans le nom du fichier (ex. bmo2020_...)");
    }

    @Test
    void refusesTheSameOutlineTwiceWithFileAndLine() throws IOException {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"code\":\"32\",\"nom\":\"Hauts-de-France\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2.0,50.0],[3.0,50.0],[2.0,50.0]]]}}";
        Path file = write("regions.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n" + feature + ",\n"
                + feature + "\n]}\n");

        assertRefused(file, "regions.geojson:4: doublon : une ligne de même clé [region, 32] a déjà été lue (geo_outline)");
    }

    @Test
    void refusesAValueLongerThanItsColumnWithFileAndLine() throws IOException {
        Path file = write("fap2009_labels.csv", "niveau,code_fap2009,libelle\r\ndomaine_22,R,Commerce\r\n"
                + "fap_225_et_bien_plus_encore,R0Z61,Caissiers\r\n");
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));

        assertEquals(3, e.line());
        assertEquals(before, CacheDigest.of(database));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(in.resolve(name), content, UTF_8);
    }

    private void assertRefused(Path file, String expected) {
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, file));

        assertEquals(expected, e.getMessage());
        assertEquals(before, CacheDigest.of(database));
    }

    private DatasetInfo dataset(String kind) {
        return new DatasetStore(database.database()).all().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }
}
