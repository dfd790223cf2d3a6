package fr.passerelle.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.generate.ReferenceInputs.Rome4;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormacodeMatcherTest {
    private static final List<ReferenceInputs.FormacodeTerm> THESAURUS = List.of(
            new ReferenceInputs.FormacodeTerm("34589", "caisse", "DOM", "312 Commerce", "14112 Hôte de caisse de libre-service"),
            new ReferenceInputs.FormacodeTerm("31879", "hôtesse air steward", "DOM", "311 Transport", ""),
            new ReferenceInputs.FormacodeTerm("42757", "service salle", "DOM", "334 Accueil", "13212 Serveur en restauration"),
            new ReferenceInputs.FormacodeTerm("24284", "architecture client serveur", "DOM", "326 Informatique", ""),
            new ReferenceInputs.FormacodeTerm("22334", "maçonnerie", "DOM", "232 Bâtiment", ""),
            new ReferenceInputs.FormacodeTerm("80011", "demandeur d'emploi", "PUB", "", ""));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "D1505;Hôte / Hôtesse de caisse;34589",
        "G1803;Serveur / Serveuse en restauration;42757",
        "F1703;Maçon / Maçonne;22334"})
    void matchesTheDescriptorWhoseWordsOrJobsFitTheLabel(String code, String label, String expected) {
        FormacodeMatcher matcher = new FormacodeMatcher(THESAURUS, List.of(), Map.of(), Map.of());
        assertEquals(expected, matcher.match(new Rome4(code, label, code), 3).get(0).code());
    }

    @ParameterizedTest
    @CsvSource({"Hôte / Hôtesse de caisse, '[hote, hotess, caisse]'", "Maçonnerie d'art, '[maconn, art]'"})
    void wordsAreFoldedStemmedAndFiltered(String text, String words) {
        assertEquals(words, FormacodeMatcher.words(text).toString());
    }

    @ParameterizedTest
    @CsvSource({"D1505, Personnel de caisse"})
    void theRealExcerptWinsOverTheLexicalMatch(String code, String parentLabel) {
        FormacodeMatcher matcher = new FormacodeMatcher(THESAURUS,
                List.of(new ReferenceInputs.FormacodePair("D1505", "34599", "encaissement")), Map.of(code, parentLabel), Map.of());
        FormacodeMatcher.Formacode f = matcher.match(new Rome4("D1511", "Opérateur / Opératrice de station service", code), 3).get(0);
        assertEquals("34599", f.code());
        assertEquals("V11", f.edition());
    }
}
