package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.samples;
import static fr.passerelle.importer.training.TrainingImports.shared;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fictional training catalogue of data-samples/trainings: valid LHEO 2.3, coherent with the other samples. */
class TrainingSampleDataTest {
    private static final Path CATALOGUE = samples("trainings/offres_hauts_de_france_exemple.xml");

    @TempDir
    static Path cache;
    private static ReferenceCache db;
    private static ImportReport report;

    @BeforeAll
    static void importEverySample() throws Exception {
        db = ReferenceCache.open(cache);
        report = importPaths(db, samples(""));
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        db.close();
    }

    @Test
    void isValidAgainstTheLheo23Schema() throws Exception {
        Path xsd = shared("specs/samples/lheo-2.3.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator validator = factory.newSchema(xsd.toFile()).newValidator();
        assertDoesNotThrow(() -> validator.validate(new StreamSource(CATALOGUE.toFile())));
    }

    @Test
    void saysInTheFileThatItsDataAreFictional() throws Exception {
        assertTrue(Files.readString(CATALOGUE).contains("DONNÉES D'EXEMPLE FICTIVES"));
    }

    @Test
    void everySampleFileImportsWithoutRejection() {
        for (ImportReport.DatasetResult result : report.datasets()) {
            assertEquals(0, result.dataset().rowsRejected(), result.dataset().key() + " " + result.warnings());
        }
        assertEquals(List.of(), report.skipped().stream().filter(s -> !s.path().toString().endsWith("README.md")
                && !s.reason().startsWith("profil de persona")).toList());
    }

    @Test
    void holdsFifteenTrainingsAndFiftyTwoSessions() {
        DatasetInfo dataset = report.datasets().stream().map(ImportReport.DatasetResult::dataset)
                .filter(d -> d.kind().equals("trainings.lheo")).findFirst().orElseThrow();
        assertEquals("trainings.lheo/offres_hauts_de_france_exemple", dataset.key());
        assertEquals(List.of(15, 15, 0), List.of(dataset.rowsRead(), dataset.rowsStored(), dataset.rowsRejected()));
        assertEquals(List.of(15, 23, 20, 22, 33, 52), LheoSharedSamplesImportTest.counts(db));
    }

    @Test
    void startsEverySessionBetweenDecember2026AndTheEndOf2027() {
        Map<String, Object> range = SqlProbe.rows(db, "SELECT MIN(start_date) AS first, MAX(start_date) AS last FROM training_session").get(0);
        assertTrue(((Date) range.get("FIRST")).toLocalDate().isAfter(java.time.LocalDate.of(2026, 11, 30)), range.toString());
        assertTrue(((Date) range.get("LAST")).toLocalDate().isBefore(java.time.LocalDate.of(2028, 1, 1)), range.toString());
        assertEquals(3L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_session WHERE start_precision = 'MONTH'"));
    }

    @Test
    void placesEveryActionInASampleCommuneAndLeadsOnlyToSampleOccupations() {
        assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action a WHERE NOT EXISTS "
                + "(SELECT 1 FROM commune c WHERE c.insee_code = a.commune_insee)"));
        assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_rome r WHERE NOT EXISTS "
                + "(SELECT 1 FROM rome_occupation o WHERE o.referential = 'v3' AND o.code = r.rome_code)"));
        assertEquals(0L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE hours_total NOT BETWEEN 35 AND 1500"));
    }

    @Test
    void coversRemoteTrainingsMissingPricesCpfAndRegionFundedDiplomas() {
        assertEquals(2L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE teaching_mode = 2"));
        assertEquals(3L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE total_price_cents IS NULL"));
        assertEquals(14L, SqlProbe.value(db, "SELECT COUNT(*) FROM training_action WHERE cpf_eligible"));
        assertEquals(List.of(Map.of("TOTAL_PRICE_CENTS", 0L, "FUNDERS", "2,4")), SqlProbe.rows(db,
                "SELECT DISTINCT a.total_price_cents, (SELECT LISTAGG(f.funder_code, ',') WITHIN GROUP (ORDER BY f.funder_code) "
                        + "FROM training_funder f WHERE f.action_id = a.action_id) AS funders FROM training_action a "
                        + "JOIN training t ON t.training_id = a.training_id WHERE t.title = 'Diplôme d''État d''aide-soignant'"));
    }

    @Test
    void usesFormacodeDescriptorsOfTheThesaurus(@TempDir Path other) throws Exception {
        Path thesaurus = shared("data/formacode/formacode_v8_2003_thesaurus.csv");
        try (ReferenceCache withThesaurus = ReferenceCache.open(other)) {
            importPaths(withThesaurus, thesaurus, CATALOGUE);
            assertEquals(0L, SqlProbe.value(withThesaurus, "SELECT COUNT(*) FROM training_formacode t WHERE NOT EXISTS "
                    + "(SELECT 1 FROM formacode f WHERE f.code = t.formacode)"));
        }
    }

    @Test
    void seedsAnEmptyWorkstationWithTheSampleCatalogue(@TempDir Path home) throws Exception {
        try (Workstation workstation = Workstation.open(new Home(home))) {
            assertTrue(workstation.seedIfEmpty(ProgressListener.NONE));
            DatasetInfo trainings = workstation.datasets().all().stream()
                    .filter(d -> d.key().equals("trainings.lheo/offres_hauts_de_france_exemple")).findFirst().orElseThrow();
            assertTrue(trainings.isSample());
            assertEquals(List.of(15, 0), List.of(trainings.rowsStored(), trainings.rowsRejected()));
        }
    }
}
