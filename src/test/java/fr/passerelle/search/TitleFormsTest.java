package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFormsTest {
    private static final FrenchTitleAnalyzer ANALYZER = new FrenchTitleAnalyzer(false);

    private static TitleForms forms(String label) {
        return TitleForms.of(label, text -> FrenchTitleAnalyzerTest.tokens(ANALYZER, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cariste                                 | Cariste
            Hôte / Hôtesse de caisse                | Hôte / Hôtesse de caisse ; Hôte de caisse ; Hôtesse de caisse
            Caissier / Caissière                    | Caissier / Caissière ; Caissier ; Caissière
            Electricien industriel / Electricienne industrielle de maintenance | Electricien industriel / Electricienne industrielle de maintenance ; Electricien industriel de maintenance ; Electricienne industrielle de maintenance
            Garde Forestier / Forestière            | Garde Forestier / Forestière ; Garde Forestier ; Garde Forestière
            """)
    void spellsOutEachGenderedForm(String label, String expected) {
        assertEquals(Arrays.asList(expected.split(" ; ")), TitleForms.spelledOut(label));
    }

    @ParameterizedTest(name = "\"{1}\" in {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Hôte / Hôtesse de caisse         | hôtesses de caisse | EXACT
            Hôte / Hôtesse de caisse         | HOTE DE CAISSE     | EXACT
            Hôte / Hôtesse de caisse         | hotesse de cai     | PREFIX
            Hôte / Hôtesse de caisse         | caisse             | WORDS
            Ingénieur / Ingénieure bâtiment  | ingé bât           | PREFIX
            Ingénieur / Ingénieure bâtiment  | ingénieure         | PREFIX
            Cariste                          | cariste            | EXACT
            Cariste                          | cariste pointeur   | WORDS
            Cariste pointeur / Cariste pointeuse | cariste        | PREFIX
            """)
    void tellsHowAQueryMatches(String label, String query, JobMatch.MatchKind kind) {
        List<String> words = FrenchTitleAnalyzerTest.tokens(ANALYZER, query);

        assertEquals(kind, forms(label).kind(words));
    }
}
