package fr.passerelle.importer.training;

import static fr.passerelle.importer.training.LheoDocs.NS_23;
import static fr.passerelle.importer.training.LheoDocs.lineOf;
import static fr.passerelle.importer.training.LheoDocs.offers;
import static fr.passerelle.importer.training.LheoDocs.replace;
import static fr.passerelle.importer.training.TrainingImports.importPaths;
import static fr.passerelle.importer.training.TrainingImports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.importer.ImportException;
import fr.passerelle.store.ReferenceCache;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed LHEO file's error in both languages: the French message is the one it always was, the English one says
 * the same thing at the same place (the element names are LHEO's, kept as written). The values refused by the
 * parsers (a price, a level, a coordinate) travel as words too, not as French text.
 */
class LheoErrorLanguageTest {
    private static final String GOOD = offers(NS_23);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<prix-total-TTC>1190< | <prix-total-TTC>nous consulter< | <prix-total-TTC>"
                + " | prix-total-TTC: 'nous consulter' n'est pas un prix en euros (ex. 1428 ou 1428,50)"
                + " | prix-total-TTC: \"nous consulter\" is not a price in euros (such as 1428 or 1428,50)",
        "<code-financeur>10< | <code-financeur>42< | <code-financeur>"
                + " | code-financeur: code financeur '42' inconnu (0 à 20)"
                + " | code-financeur: unknown funder code \"42\" (0 to 20)",
        "<latitude>50.631855< | <latitude>150.6< | <latitude>"
                + " | latitude: latitude 150.6 hors de -90 à 90"
                + " | latitude: latitude 150.6 is outside -90 to 90",
        "<modalites-enseignement>0< | <modalites-enseignement>3< | <modalites-enseignement>"
                + " | modalites-enseignement: modalité d'enseignement '3' inconnue (0 présentiel, 1 mixte, 2 entièrement à distance)"
                + " | modalites-enseignement: unknown teaching mode \"3\" (0 face to face, 1 mixed, 2 fully remote)",
        "<intitule-formation>CACES | <intitule-formation><b>CACES | <intitule-formation>"
                + " | intitule-formation: du texte est attendu, pas un élément <b>"
                + " | intitule-formation: expected text, not an element <b>"})
    void aRefusedValueIsSaidInFrenchAsBeforeAndInEnglish(String from, String to, String marker, String french, String english) {
        String doc = replace(GOOD, from, to);
        ImportException e = refused(doc);
        String where = "offres_bad.xml:" + lineOf(doc, marker) + ": ";
        assertEquals(where + french, e.getMessage());
        assertEquals(where + french, e.text(MessageRenderer.french()));
        assertEquals(where + english, e.text(MessageRenderer.english()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "action | action: aucune session (au moins une est obligatoire) | action: no session (at least one is required)",
        "formation | formation: aucune action (au moins une est obligatoire) | formation: no action (at least one is required)"})
    void aMissingPartIsSaidInBothLanguages(String emptied, String french, String english) {
        String doc = emptied.equals("action")
                ? replace(GOOD, GOOD.substring(GOOD.indexOf("<session "), GOOD.indexOf("</session>") + 11), "")
                : replace(GOOD, GOOD.substring(GOOD.indexOf("<action "), GOOD.indexOf("</action>") + 10), "");
        ImportException e = refused(doc);
        String where = "offres_bad.xml:" + lineOf(doc, "<" + emptied + " numero") + ": ";
        assertEquals(where + french, e.getMessage());
        assertEquals(where + english, e.text(MessageRenderer.english()));
    }

    @org.junit.jupiter.api.Test
    void anUnknownDeclaredEncodingIsSaidInEnglish() {
        // Such a file is not recognised as LHEO by its content; the cursor (what reads a file named as LHEO) refuses it.
        byte[] doc = ("<?xml version=\"1.0\" encoding=\"KLINGON-8\"?>\n<lheo xmlns=\"" + NS_23 + "\"/>\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ImportException e = assertThrows(ImportException.class,
                () -> XmlCursor.open(new java.io.ByteArrayInputStream(doc), "offres_bad.xml").close());
        assertEquals("offres_bad.xml:1: encodage déclaré inconnu : « KLINGON-8 » (UTF-8 ou ISO-8859-1 attendus)", e.getMessage());
        assertEquals("offres_bad.xml:1: unknown declared encoding \"KLINGON-8\" (expected UTF-8 or ISO-8859-1)",
                e.text(MessageRenderer.english()));
    }

    private ImportException refused(String doc) {
        try (ReferenceCache database = ReferenceCache.open(dir.resolve("cache"))) {
            return assertThrows(ImportException.class, () -> importPaths(database, write(dir, "offres_bad.xml", doc)));
        }
    }
}
