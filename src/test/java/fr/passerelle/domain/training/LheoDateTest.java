package fr.passerelle.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LheoDateTest {

    @ParameterizedTest(name = "{0} → {2} from {1} to {3}")
    @CsvSource({
        "20270315, 2027-03-15, DAY, 2027-03-15",
        "20270300, 2027-03-01, MONTH, 2027-03-31",
        "20280200, 2028-02-01, MONTH, 2028-02-29",
        "20270000, 2027-01-01, YEAR, 2027-12-31",
        "00000000, , UNKNOWN, ",
        "99999999, , UNKNOWN, ",
    })
    void parsesEveryLheoFormKeepingItsPrecision(String text, LocalDate earliest, DatePrecision precision, LocalDate latest) {
        LheoDate date = LheoDate.parse(text);
        assertEquals(precision, date.precision());
        assertEquals(earliest, date.earliest());
        assertEquals(latest, date.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20271340", "20270230", "2027031", "202703150", "2027-03-15", "20270015", "abcdefgh", ""})
    void rejectsWhatIsNotAnLheoDate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LheoDate.parse(text));
        assertEquals("'" + text + "' n'est pas une date LHEO (AAAAMMJJ, AAAAMM00 pour un mois, AAAA0000 pour une année, "
                + "00000000 ou 99999999 si inconnue)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20270315", "20270300", "20270000"})
    void writesBackTheSameLheoText(String text) {
        assertEquals(text, LheoDate.parse(text).toLheo());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "20270315, 20270300",   // ends some day of March: may be after the 15th
        "20270300, 20270301",
        "20270315, 20270000",
        "00000000, 20270101",
        "20270315, 99999999",
    })
    void acceptsASessionWhoseEndCanBeAfterItsStart(String start, String end) {
        TrainingSession session = new TrainingSession("s", "a", LheoDate.parse(start), LheoDate.parse(end), null);
        assertEquals(LheoDate.parse(start), session.start());
        assertEquals(LheoDate.parse(end), session.end());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"20270315, 20270314", "20270400, 20270331", "20280000, 20271231"})
    void rejectsASessionEndingBeforeItStarts(String start, String end) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingSession("s", "a", LheoDate.parse(start), LheoDate.parse(end), null));
        assertEquals("fin " + end + " antérieure au début " + start, e.getMessage());
    }
}
