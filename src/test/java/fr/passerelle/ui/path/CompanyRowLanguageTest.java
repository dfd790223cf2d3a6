package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detail's company rows in the window's language: distance, score, where the score comes from, the why. */
class CompanyRowLanguageTest {

    private static CompanyOption option(boolean estimated) {
        return new CompanyOption("99900000000001", "Boulangerie Démo", "1071C", "59350", "Lille", 3.4, 72, estimated, "—");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | false | 3,4\u00A0km | 72/100 | publié | score d'embauche 72/100 publié, à 3,4 km",
            "fr | true  | 3,4\u00A0km | 72/100 | estimé (secteur) | score d'embauche 72/100 estimé d'après les embauches du secteur (NAF 1071C), à 3,4 km",
            "en | false | 3.4\u00A0km | 72/100 | published | hiring score 72/100 published, 3.4 km away",
            "en | true  | 3.4\u00A0km | 72/100 | estimated (sector) | hiring score 72/100 estimated from the sector's hirings (NAF 1071C), 3.4 km away",
    })
    void aCompanyRowReadsInTheWindowsLanguage(String language, boolean estimated, String distance, String score, String source, String why) {
        CompanyRow row = new CompanyRow(option(estimated), new Messages(Locale.forLanguageTag(language)));

        assertEquals(distance, row.distance());
        assertEquals(score, row.scoreText());
        assertEquals(source, row.source());
        assertEquals(why, row.why());
        assertEquals("NAF 1071C", row.sector());
    }
}
