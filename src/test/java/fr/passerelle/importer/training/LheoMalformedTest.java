package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.LheoDocs.NS_23;
import static fr.passerelle.importer.training.LheoDocs.lineOf;
import static fr.passerelle.importer.training.LheoDocs.offers;
import static fr.passerelle.importer.training.LheoDocs.replace;
import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.importer.ImportException;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.ReferenceCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed LHEO file stops the import with {@code file:line: element: what is wrong} and leaves the cache
 * exactly as it was, including the datasets of the good files imported in the same run.
 */
class LheoMalformedTest {
    @TempDir
    Path dir;

    private static final String GOOD = offers(NS_23);

    /** name, the text to replace in the good document, its replacement, the marker of the expected line, the message. */
    static Stream<Arguments> cases() {
        return Stream.of(
            bad("formation sans intitulé", "<intitule-formation>CACES R489 catégories 1A, 3 et 5</intitule-formation>\n", "",
                    "<formation numero", "formation: élément intitule-formation manquant ou vide"),
            bad("intitulé vide", "CACES R489 catégories 1A, 3 et 5", " ",
                    "<formation numero", "formation: élément intitule-formation manquant ou vide"),
            bad("action sans session", GOOD.substring(GOOD.indexOf("<session "), GOOD.indexOf("</session>") + 11), "",
                    "<action numero", "action: aucune session (au moins une est obligatoire)"),
            bad("formation sans action", GOOD.substring(GOOD.indexOf("<action "), GOOD.indexOf("</action>") + 10), "",
                    "<formation numero", "formation: aucune action (au moins une est obligatoire)"),
            bad("heures négatives", "<nombre-heures-total>35<", "<nombre-heures-total>-5<",
                    "<nombre-heures-total>", "nombre-heures-total: nombre d'heures négatif -5"),
            bad("heures non entières", "<nombre-heures-centre>35<", "<nombre-heures-centre>35,5<",
                    "<nombre-heures-centre>", "nombre-heures-centre: '35,5' n'est pas un nombre d'heures (entier positif)"),
            bad("fin avant début", "<fin>20270115</fin>", "<fin>20261231</fin>",
                    "<periode>", "periode: fin 20261231 antérieure au début 20270111"),
            bad("fin manquante", "<fin>20270115</fin>\n", "",
                    "<periode>", "periode: élément fin manquant"),
            bad("date impossible", "<debut>20270111</debut>", "<debut>20271340</debut>",
                    "<debut>", "debut: '20271340' n'est pas une date LHEO (AAAAMMJJ, AAAAMM00 pour un mois, AAAA0000 pour une année, "
                            + "00000000 ou 99999999 si inconnue)"),
            bad("code ROME faux", "<code-ROME>N1101</code-ROME>", "<code-ROME>X12</code-ROME>",
                    "<code-ROME>", "code-ROME: 'X12' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)"),
            bad("Formacode faux", "<code-FORMACODE ref=\"V12\">31768</code-FORMACODE>", "<code-FORMACODE ref=\"V12\">3176</code-FORMACODE>",
                    "<code-FORMACODE", "code-FORMACODE: '3176' n'est pas un code Formacode (cinq chiffres, ex. 31795)"),
            bad("prix illisible", "<prix-total-TTC>1190<", "<prix-total-TTC>nous consulter<",
                    "<prix-total-TTC>", "prix-total-TTC: 'nous consulter' n'est pas un prix en euros (ex. 1428 ou 1428,50)"),
            bad("prix négatif", "<prix-total-TTC>1190<", "<prix-total-TTC>-1190<",
                    "<prix-total-TTC>", "prix-total-TTC: prix négatif -1190"),
            bad("modalité inconnue", "<modalites-enseignement>0<", "<modalites-enseignement>3<",
                    "<modalites-enseignement>", "modalites-enseignement: modalité d'enseignement '3' inconnue "
                            + "(0 présentiel, 1 mixte, 2 entièrement à distance)"),
            bad("financeur inconnu", "<code-financeur>10<", "<code-financeur>42<",
                    "<code-financeur>", "code-financeur: code financeur '42' inconnu (0 à 20)"),
            bad("commune INSEE fausse", "<code-INSEE-commune>59350<", "<code-INSEE-commune>5935<",
                    "<code-INSEE-commune>", "code-INSEE-commune: '5935' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)"),
            bad("latitude hors limites", "<latitude>50.631855<", "<latitude>150.6<",
                    "<latitude>", "latitude: latitude 150.6 hors de -90 à 90"),
            bad("SIRET faux", "<SIRET>99900000100017<", "<SIRET>999000001<",
                    "<SIRET>", "SIRET: '999000001' n'est pas un SIRET (14 chiffres)"),
            bad("certifiante ni 0 ni 1", "<certifiante>1<", "<certifiante>oui<",
                    "<certifiante>", "certifiante: 'oui' n'est pas 0 ou 1"),
            bad("éligibilité CPF sans fin de validité", "</formation>",
                    "<extras info=\"eligibilite-cpf\">\n<extra info=\"debut-validite\">20260101</extra>\n</extras>\n</formation>",
                    "<extras info=\"eligibilite-cpf\">", "extras: eligibilite-cpf sans fin-validite (obligatoire)"),
            bad("session en double", "</action>", "<session numero=\"S1\">\n<periode>\n<debut>20270201</debut>\n<fin>20270205</fin>\n"
                    + "</periode>\n</session>\n</action>", "<action numero",
                    "session: doublon : une ligne de même clé [S1] a déjà été lue (training_session)"),
            bad("texte attendu", "<intitule-formation>CACES", "<intitule-formation><b>CACES</b>",
                    "<intitule-formation>", "intitule-formation: du texte est attendu, pas un élément <b>"),
            bad("offres vides", GOOD.substring(GOOD.indexOf("<formation "), GOOD.indexOf("</formation>") + 13), "",
                    "<offres>", "offres: aucune formation (au moins une est obligatoire)"));
    }

    private static Arguments bad(String name, String from, String to, String marker, String message) {
        String doc = replace(GOOD, from, to);
        return Arguments.of(name, doc, "offres_bad.xml:" + lineOf(doc, marker) + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsWithFileLineElementAndLeavesTheCacheUnchanged(String name, String document, String expected) throws Exception {
        assertRefused(write(dir, "offres_bad.xml", document), expected);
    }

    @Test
    void reportsMalformedXmlWithItsLine() throws Exception {
        String doc = replace(GOOD, "CACES R489 catégories 1A, 3 et 5", "CACES & co");
        Locale locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);   // the JDK's parser words its messages in the default language
        try {
            assertRefused(write(dir, "offres_bad.xml", doc), "offres_bad.xml:" + lineOf(doc, "CACES &")
                    + ": XML mal formé : The entity name must immediately follow the '&' in the entity reference.");
        } finally {
            Locale.setDefault(locale);
        }
    }

    @Test
    void reportsATruncatedFile() throws Exception {
        String doc = GOOD.substring(0, GOOD.indexOf("</action>"));
        ImportException e = assertRefused(write(dir, "offres_bad.xml", doc), null);
        assertEquals("offres_bad.xml", e.file());
        assertEquals(lineOf(doc, "</organisme-financeur>") + 1, e.line());
    }

    @Test
    void refusesADoctypeAndNeverReadsAnExternalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE");
        String doc = replace(replace(GOOD, "<lheo ", "<!DOCTYPE lheo [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<lheo "),
                "CACES R489", "&xxe;");
        assertRefused(write(dir, "offres_bad.xml", doc), "offres_bad.xml:2: DOCTYPE refusé : les DTD et entités externes ne sont pas acceptées");
    }

    @Test
    void refusesASummaryWithoutTitle() throws Exception {
        String doc = replace(LheoDocs.INDEX, "<intitule-formation>Diplôme d'État d'aide-soignant</intitule-formation>\n", "");
        assertRefused(write(dir, "resumes_bad.xml", doc),
                "resumes_bad.xml:" + lineOf(doc, "<resume-offre") + ": resume-offre: élément intitule-formation manquant ou vide");
    }

    @Test
    void refusesASummaryWithHalfItsCoordinates() throws Exception {
        String doc = replace(LheoDocs.INDEX, "<extra info=\"longitude\">2.7660496</extra>\n", "");
        assertRefused(write(dir, "resumes_bad.xml", doc), "resumes_bad.xml:" + lineOf(doc, "<extras info=\"geolocalisation\">")
                + ": extras: geolocalisation sans latitude et longitude");
    }

    /**
     * Imports a good catalogue, then the bad file together with another good one: the run must fail with
     * {@code expected} (when not null) and the cache digest must not move.
     */
    private ImportException assertRefused(Path bad, String expected) throws Exception {
        Path good = write(dir, "offres_bonnes.xml", GOOD);
        Path otherGood = write(dir, "offres_autres.xml", GOOD);
        try (ReferenceCache db = ReferenceCache.open(dir.resolve("cache"))) {
            importPaths(db, good);
            String before = CacheDigest.of(db);
            ImportException e = assertThrows(ImportException.class, () -> importPaths(db, otherGood, bad));
            if (expected != null) {
                assertEquals(expected, e.getMessage());
            }
            assertEquals(before, CacheDigest.of(db), "a refused import must leave the cache unchanged");
            return e;
        }
    }
}
