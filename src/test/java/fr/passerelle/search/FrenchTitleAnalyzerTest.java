package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTitleAnalyzerTest {

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hôtesses de caisse             | hotesse caisse
            Agent / Agente d'entretien     | agent agente entretien
            Aides-soignantes               | aide soignante
            PÂTISSIÈRE                     | patissiere
            Chef / Cheffe de l’équipe      | chef cheffe equipe
            bus express                    | bus express
            chevaux                        | chevau
            """)
    void foldsAccentsCaseElisionsStopWordsAndPlurals(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(" ")), tokens(new FrenchTitleAnalyzer(false), text));
    }

    @Test
    void addsTheBeginningsOfEachWordForTypeAhead() {
        assertEquals(List.of("pl", "plo", "plom", "plomb", "plombi", "plombie", "plombier"),
                tokens(new FrenchTitleAnalyzer(true), "Plombier"));
    }
}
