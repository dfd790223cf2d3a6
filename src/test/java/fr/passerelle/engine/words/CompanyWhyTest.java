package fr.passerelle.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.result.CompanyOption;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company's why as a message: French as the engine always wrote it, English beside. */
class CompanyWhyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "72 | false | 4711D | 3.44  | score d'embauche 72/100 publié, à 3,4 km | hiring score 72/100 published, 3.4 km away",
            "45 | true  | 5610A | 12.05 | score d'embauche 45/100 estimé d'après les embauches du secteur (NAF 5610A), à 12,1 km"
                    + " | hiring score 45/100 estimated from the sector's hirings (NAF 5610A), 12.1 km away",
            "100 | false | 1071C | 0    | score d'embauche 100/100 publié, à 0,0 km | hiring score 100/100 published, 0.0 km away",
    })
    void theWhyReadsInEachLanguage(int score, boolean estimated, String naf, double km, String french, String english) {
        Message why = CompanyOption.whyMessage(score, estimated, naf, km);

        assertEquals(french, MessageRenderer.french().render(why));
        assertEquals(english, MessageRenderer.english().render(why));
    }

    @ParameterizedTest
    @CsvSource({"0.04", "0.05", "0.15", "1.25", "2.35", "7.46", "12.05", "29.95", "99.99", "148.55"})
    void theFrenchWhyIsTheSentenceTheEngineFormattedBefore(double km) {
        // Before the message key the engine wrote String.format(Locale.FRANCE, "... à %.1f km"): the same text, to the tenth.
        String before = String.format(Locale.FRANCE, "score d'embauche %d/100 %s, à %.1f km", 60, "publié", km);

        assertEquals(before, MessageRenderer.french().render(CompanyOption.whyMessage(60, false, null, km)));
    }

    @ParameterizedTest
    @CsvSource({"3.4, false, 'hiring score 50/100 published, 3.4 km away'",
            "12.1, true, 'hiring score 50/100 estimated from the sector''s hirings (NAF 4711D), 12.1 km away'"})
    void anOptionSaysItsWhyInTheRenderersLanguage(double km, boolean estimated, String english) {
        CompanyOption option = new CompanyOption("99900000000001", "Démo", "4711D", "59350", "Lille", km, 50, estimated,
                MessageRenderer.french().render(CompanyOption.whyMessage(50, estimated, "4711D", km)));

        assertEquals(english, option.why(MessageRenderer.english()));
        assertEquals(option.why(), option.why(MessageRenderer.french()));
    }
}
