package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The age of a dataset's figures, from the date its version names, else from its import. */
class DatasetAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static DatasetInfo version(String version) {
        return new DatasetInfo("market.tension", "", "Tension", "f.csv", version, Instant.parse("2026-11-28T10:00:00Z"), 1, 1, 0, "x");
    }

    @ParameterizedTest(name = "version {0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "2021-12-21, 4 ans",
            "20211221, 4 ans",
            "2021, 4 ans",
            "2025-11-30, 1 an",
            "2026-01-15, 10 mois",
            "2026-11-30, 1 jour",
            "4.60, importé il y a 3 jours",
            "null, importé il y a 3 jours",
            "2026-12-01, aujourd'hui",
    })
    void theAgeIsCountedFromTheVersionsDateElseTheImport(String v, String expected) {
        assertEquals(expected, DatasetAge.text(version(v), TODAY, Messages.french()));
    }

    @ParameterizedTest
    @CsvSource({"2021, 4 years", "2026-01-15, 10 months"})
    void inEnglishToo(String v, String expected) {
        assertEquals(expected, DatasetAge.text(version(v), TODAY, new Messages(Locale.ENGLISH)));
    }

    @org.junit.jupiter.api.Test
    void aNomenclaturesVersionIsAnEditionNotAnAge() {
        DatasetInfo fap = new DatasetInfo("fap.labels2009", "", "FAP-2009", "f.csv", "2009", Instant.parse("2026-11-28T10:00:00Z"), 1, 1, 0, "x");
        assertEquals("référentiel", DatasetAge.text(fap, TODAY, Messages.french()));
    }
}
