package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.LheoDocs.NS_22;
import static fr.passerelle.importer.training.LheoDocs.NS_23;
import static fr.passerelle.importer.training.LheoDocs.offers;
import static fr.passerelle.importer.training.LheoDocs.replace;
import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the LHEO reader keeps from full documents and summaries, on small hand-written files. */
class LheoImportTest {
    @TempDir
    Path dir;

    private ReferenceCache open() {
        return ReferenceCache.open(dir.resolve("cache"));
    }

    @ParameterizedTest(name = "namespace ''{0}''")
    @ValueSource(strings = {NS_22, NS_23, ""})
    void importsLheo22And23DocumentsAndDocumentsWithoutNamespace(String namespace) throws Exception {
        Path file = write(dir, "offres.xml", namespace.isEmpty()
                ? offers("").replace(" xmlns=\"\"", "") : offers(namespace));
        try (ReferenceCache db = open()) {
            ImportReport report = importPaths(db, file);
            assertEquals("trainings.lheo/offres", report.datasets().get(0).dataset().key());
            assertEquals(List.of(1, 2, 1, 1, 1, 1), LheoSharedSamplesImportTest.counts(db));
            Map<String, Object> a = SqlProbe.rows(db, "SELECT * FROM training_action").get(0);
            assertEquals(List.of("A1", "F1", 35, 35, 119000L, 0, "59350", "59000", "Lille", "12 rue Imaginaire", 50.631855,
                    3.046987, "Aptitude médicale."), List.of(a.get("ACTION_ID"), a.get("TRAINING_ID"), a.get("HOURS_TOTAL"),
                    a.get("HOURS_CENTRE"), a.get("TOTAL_PRICE_CENTS"), a.get("TEACHING_MODE"), a.get("COMMUNE_INSEE"),
                    a.get("POSTAL_CODE"), a.get("CITY"), a.get("ADDRESS_LINE"), a.get("LATITUDE"), a.get("LONGITUDE"),
                    a.get("ENTRY_CONDITIONS")));
            assertNull(a.get("HOURS_COMPANY"));
            assertEquals(List.of(Map.of("FORMACODE", "31795", "PRINCIPAL", true), Map.of("FORMACODE", "31768", "PRINCIPAL", false)),
                    SqlProbe.rows(db, "SELECT formacode, principal FROM training_formacode ORDER BY principal DESC"),
                    "the descriptor tagged principal wins over the first one");
            assertEquals(List.of(Map.of("ACTION_ID", "A1", "FUNDER_CODE", 10)),
                    SqlProbe.rows(db, "SELECT action_id, funder_code FROM training_funder"));
            assertEquals(1, SqlProbe.value(db, "SELECT registration_state FROM training_session"));
        }
    }

    @Test
    void aDocumentInAnotherNamespaceIsNotRecognised() throws Exception {
        Path file = write(dir, "offres.xml", offers("http://example.org/not-lheo"));
        try (ReferenceCache db = open()) {
            ImportException named = assertThrows(ImportException.class, () -> importPaths(db, file));
            assertTrue(named.getMessage().startsWith("offres.xml: format non reconnu"), named.getMessage());

            ImportReport report = importPaths(db, dir);
            assertTrue(report.datasets().isEmpty());
            assertEquals("format non reconnu", report.skipped().get(0).reason());
        }
    }

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource({
        "20270311, 2027-03-11, DAY",
        "20270300, 2027-03-01, MONTH",
        "20270000, 2027-01-01, YEAR",
        "00000000, , UNKNOWN",
        "99999999, , UNKNOWN",
    })
    void keepsTheStartDateAsPreciseAsTheFileSaysIt(String debut, Date date, String precision) throws Exception {
        String doc = replace(replace(offers(NS_23), "<debut>20270111</debut>", "<debut>" + debut + "</debut>"),
                "<fin>20270115</fin>", "<fin>99999999</fin>");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            Map<String, Object> s = SqlProbe.rows(db, "SELECT start_date, start_precision, end_date, end_precision FROM training_session").get(0);
            assertEquals(date, s.get("START_DATE"));
            assertEquals(precision, s.get("START_PRECISION"));
            assertNull(s.get("END_DATE"));
            assertEquals("UNKNOWN", s.get("END_PRECISION"));
        }
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "<prix-total-TTC>1 190,50</prix-total-TTC>; 119050",
        "<prix-total-TTC>1190.5</prix-total-TTC>; 119050",
        "<prix-total-TTC>0</prix-total-TTC>; 0",
        "<prix-total-TTC></prix-total-TTC>; null",
        "; null",
    })
    void storesPricesInCentsAndAMissingPriceAsUnknown(String element, Long cents) throws Exception {
        String doc = replace(offers(NS_23), "<prix-total-TTC>1190</prix-total-TTC>", element == null ? "" : element);
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(cents, SqlProbe.value(db, "SELECT total_price_cents FROM training_action"));
        }
    }

    private static final String CPF_BLOCK = """
            <extras info="eligibilite-cpf" numero="239867">
            <extra info="source">COPANEF</extra>
            <extra info="debut-validite">20260101</extra>
            <extra info="fin-validite">20281231</extra>
            <extra info="public">3</extra>
            <extra info="france-entiere">1</extra>
            </extras>
            """;

    @Test
    void marksEveryActionCpfEligibleWhenTheFormationHasAValidEligibiliteCpfBlock() throws Exception {
        String doc = replace(offers(NS_22), "</formation>", CPF_BLOCK + "</formation>");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(true, SqlProbe.value(db, "SELECT cpf_eligible FROM training_action"));
        }
    }

    @Test
    void marksOnlyTheActionThatCarriesTheEligibiliteCpfBlock() throws Exception {
        String second = LheoDocs.OFFERS.substring(LheoDocs.OFFERS.indexOf("<action numero=\"A1\">"),
                LheoDocs.OFFERS.indexOf("</action>") + "</action>\n".length())
                .replace("A1", "A2").replace("S1", "S2").replace("</action>", CPF_BLOCK + "</action>");
        String doc = replace(offers(NS_23), "<organisme-formation-responsable", second + "<organisme-formation-responsable");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(List.of(Map.of("ACTION_ID", "A2", "CPF_ELIGIBLE", true)), SqlProbe.rows(db,
                    "SELECT action_id, cpf_eligible FROM training_action WHERE cpf_eligible IS NOT NULL"));
            assertEquals(2, SqlProbe.count(db, "training_action"));
        }
    }

    @Test
    void leavesCpfEligibilityUnknownWhenTheFileDoesNotSay() throws Exception {
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", offers(NS_23)));
            assertNull(SqlProbe.value(db, "SELECT cpf_eligible FROM training_action"));
        }
    }

    @Test
    void readsTheCodeCpfOfLheo23AsCpfEligibility() throws Exception {
        String doc = replace(offers(NS_23), "<action numero", "<certification>\n<code-RS>5089</code-RS>\n<code-CPF>237359</code-CPF>\n</certification>\n<action numero");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(true, SqlProbe.value(db, "SELECT cpf_eligible FROM training_action"));
            assertEquals("5089", SqlProbe.value(db, "SELECT rs_code FROM training"));
        }
    }

    @Test
    void readsCoordinatesFromGeolocalisationExtras() throws Exception {
        String doc = replace(offers(NS_22), "<geolocalisation>\n<latitude>50.631855</latitude>\n<longitude>3.046987</longitude>\n</geolocalisation>\n",
                "<extras info=\"geolocalisation\">\n<extra info=\"latitude\">50,62</extra>\n<extra info=\"longitude\">3,05</extra>\n</extras>\n");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(List.of(Map.of("LATITUDE", 50.62, "LONGITUDE", 3.05)),
                    SqlProbe.rows(db, "SELECT latitude, longitude FROM training_action"));
        }
    }

    @Test
    void numbersElementsByPositionWhenTheFileGivesNoNumero() throws Exception {
        String doc = offers(NS_23).replace(" numero=\"F1\"", "").replace(" numero=\"A1\"", "").replace(" numero=\"S1\"", "");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(List.of(Map.of("SESSION_ID", "formation-1/action-1/session-1", "ACTION_ID", "formation-1/action-1")),
                    SqlProbe.rows(db, "SELECT session_id, action_id FROM training_session"));
        }
    }

    @Test
    void passesOverElementsOfOtherNamespacesAndUnknownElements() throws Exception {
        String doc = replace(offers(NS_23), "<certifiante>", "<x:note xmlns:x=\"urn:example\"><x:code-ROME>BAD</x:code-ROME></x:note>\n"
                + "<element-futur>texte</element-futur>\n<certifiante>");
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres.xml", doc));
            assertEquals(List.of("N1101"), LheoSharedSamplesImportTest.romes(db));
        }
    }

    @Test
    void aRegionalCatalogueReplacesOnlyItself() throws Exception {
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "offres_hauts_de_france_20270101.xml", offers(NS_23)),
                    write(dir, "offres_bretagne_20270101.xml", offers(NS_23)));
            assertEquals(2, SqlProbe.count(db, "training"), "the same formation numero may appear in two regional files");
            importPaths(db, write(dir, "offres_hauts_de_france_20270201.xml",
                    replace(offers(NS_23), "CACES R489 catégories 1A, 3 et 5", "CACES R489 catégorie 3")));
            assertEquals(List.of("CACES R489 catégorie 3", "CACES R489 catégories 1A, 3 et 5"),
                    SqlProbe.rows(db, "SELECT title FROM training ORDER BY title").stream().map(r -> r.get("TITLE")).toList());
            assertEquals(List.of(2, 4, 2, 2, 2, 2), LheoSharedSamplesImportTest.counts(db));
        }
    }

    @Test
    void importsASummaryWithMonthOnlyDatesAndExtrasCoordinates() throws Exception {
        try (ReferenceCache db = open()) {
            importPaths(db, write(dir, "resumes.xml", LheoDocs.INDEX));
            assertEquals(List.of(1, 1, 1, 1, 0, 1), LheoSharedSamplesImportTest.counts(db));
            assertEquals(List.of(Map.of("START_DATE", Date.valueOf("2027-01-01"), "START_PRECISION", "MONTH",
                    "END_DATE", Date.valueOf("2027-12-01"), "END_PRECISION", "MONTH")),
                    SqlProbe.rows(db, "SELECT start_date, start_precision, end_date, end_precision FROM training_session"));
            assertEquals(List.of(Map.of("TRAINING_ID", "14_AF_0000000001", "LATITUDE", 50.29002, "LONGITUDE", 2.7660496)),
                    SqlProbe.rows(db, "SELECT training_id, latitude, longitude FROM training_action"));
        }
    }

    @Test
    void storesTheTrainingOfTwoSummariesOfTheSameActionOnce() throws Exception {
        String second = LheoDocs.INDEX.substring(LheoDocs.INDEX.indexOf("<resume-offre"), LheoDocs.INDEX.indexOf("</resumes-offres>"))
                .replace("SE_0000000001", "SE_0000000002").replace("<debut>20270100</debut>", "<debut>20270900</debut>")
                .replace("<fin>20271200</fin>", "<fin>20280700</fin>");
        String doc = replace(LheoDocs.INDEX, "</resumes-offres>", second + "</resumes-offres>");
        try (ReferenceCache db = open()) {
            ImportReport report = importPaths(db, write(dir, "resumes.xml", doc));
            assertEquals(List.of(2, 1), List.of(report.datasets().get(0).dataset().rowsRead(), report.datasets().get(0).dataset().rowsStored()));
            assertEquals(List.of(1, 1, 1, 1, 0, 2), LheoSharedSamplesImportTest.counts(db));
        }
    }
}
