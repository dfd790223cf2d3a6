package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.LheoDocs.NS_23;
import static fr.passerelle.importer.training.LheoDocs.offers;
import static fr.passerelle.importer.training.LheoDocs.replace;
import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.importer.ImportException;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.ReferenceCache;
import fr.passerelle.store.SqlProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training files that are odd or hostile (issue 8, items 7 and 8): absurd amounts are refused with the file and line
 * like any other bad value; a Latin-1 LHEO file is read when it says so, and located when it does not, without the
 * JDK's {@code [Fatal Error]} lines on stderr.
 */
class TrainingRobustnessTest {
    private static final String CSV_HEADER = "formation.title,formation.proximiteRomes.code,duration,totalPriceTTC,"
            + "address.postalCode,formation.specificCondition,formation.codeModaliteEnseign\n";
    private static final String HUGE = "1000000000000000000000000";

    @TempDir
    Path dir;

    @Test
    void aPriceOfTenToTheTwentyFourInLheoIsRefusedWithItsLine() throws Exception {
        String doc = replace(offers(NS_23), "<prix-total-TTC>1190</prix-total-TTC>", "<prix-total-TTC>" + HUGE + "</prix-total-TTC>");

        String error = refused(write(dir, "offres.xml", doc));

        assertTrue(error.startsWith("offres.xml:" + lineOf(doc, "<prix-total-TTC>")), error);
        assertTrue(error.contains("montant démesuré : " + HUGE + " €"), error);
    }

    @Test
    void aPriceOfTenToTheTwentyFourInTheCpfCsvIsRefusedWithItsLineAndColumn() throws Exception {
        String error = refused(write(dir, "cpf_trainings_bad.csv", CSV_HEADER + "CACES R489,N1101,35," + HUGE + ",59000,,0\n"));

        assertTrue(error.startsWith("cpf_trainings_bad.csv:2: colonne totalPriceTTC : montant démesuré"), error);
    }

    @Test
    void aPriceOfTenToTheTwentyFourInTheCpfJsonIsRefusedWithItsLine() throws Exception {
        String error = refused(write(dir, "cpf_api.json", "[\n{\"siretOrganisme\": \"99900000100017\", \"formation\": {\"title\":"
                + " \"CACES\"}, \"totalPriceTTC\": " + HUGE + "}\n]"));

        assertTrue(error.startsWith("cpf_api.json:2: totalPriceTTC: montant démesuré"), error);
    }

    @Test
    void aLatin1LheoFileThatDeclaresItsEncodingIsReadCorrectly() throws Exception {
        Path file = latin1("offres_latin1.xml", offers(NS_23).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""));
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            importPaths(db, file);

            assertEquals("Conduire des chariots en sécurité.", SqlProbe.value(db, "SELECT objective FROM training"));
        }
    }

    @Test
    void aLatin1LheoFileWithAnAccentBeforeTheRootIsRecognisedAndLocated() throws Exception {
        String doc = offers(NS_23).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<!-- Catalogue régional -->\n");
        String error = refused(latin1("offres.xml", doc));

        assertTrue(error.startsWith("offres.xml:1: octets invalides en UTF-8 : le fichier n'est pas dans l'encodage qu'il"
                + " déclare (UTF-8 par défaut)"), error);
    }

    @Test
    void theJdkPrintsNoFatalErrorLinesOnStderrForSuchAFile() throws Exception {
        String doc = offers(NS_23).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<!-- Catalogue régional -->\n");
        Path file = latin1("offres.xml", doc);
        try (ChildJvm cli = ChildJvm.cli(Map.of(), "import", "--home", dir.resolve("home").toString(), file.toString())) {
            assertEquals(2, cli.waitFor(180), String.join("\n", cli.err()));
            assertFalse(String.join("\n", cli.err()).contains("[Fatal Error]"), String.join("\n", cli.err()));
            assertTrue(cli.err().get(0).startsWith("offres.xml:1: octets invalides en UTF-8"), cli.err().toString());
        }
    }

    private Path latin1(String name, String doc) throws Exception {
        return Files.write(dir.resolve(name), doc.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String refused(Path bad) throws Exception {
        Path good = write(dir, "offres_bonnes.xml", offers(NS_23));
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            importPaths(db, good);
            String before = CacheDigest.of(db);
            ImportException e = assertThrows(ImportException.class, () -> importPaths(db, bad));
            assertEquals(before, CacheDigest.of(db), "a refused import must leave the cache unchanged");
            return e.getMessage();
        }
    }

    private static int lineOf(String doc, String fragment) {
        return doc.substring(0, doc.indexOf(fragment)).split("\n", -1).length;
    }
}
