package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** French formats for people: narrow no-break space in thousands, no-break space before the unit, "1er". */
class FrenchFormatTest {

    @ParameterizedTest
    @CsvSource({"460000, 4_600 €", "0, 0 €", "99, '0,99 €'", "460050, '4_600,50 €'", "123456789, '1_234_567,89 €'", "50000, 500 €"})
    void moneyIsWrittenTheFrenchWay(long cents, String expected) {
        assertEquals(expected.replace('_', '\u202F').replace(" €", "\u00A0€"), FrenchFormat.money(cents));
    }

    @ParameterizedTest
    @CsvSource({"7.46, '7,5'", "28.0, 28", "0.04, 0", "1234.56, '1_234,6'", "13.05, '13,1'"})
    void distancesHaveOneDecimalAtMost(double km, String expected) {
        assertEquals(expected.replace('_', '\u202F') + "\u00A0km", FrenchFormat.km(km));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-04, 4 janvier 2027", "2027-03-01, 1er mars 2027", "2026-12-31, 31 décembre 2026", "2027-08-15, 15 août 2027"})
    void datesAreWrittenInFrenchWithTheFirstAsPremier(LocalDate date, String expected) {
        assertEquals(expected.replaceFirst(" ", "\u00A0"), FrenchFormat.date(date));
    }

    @Test
    void periodsSayWhatIsKnown() {
        assertEquals("du 4\u00A0janvier 2027 au 30\u00A0juin 2027", FrenchFormat.period(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30)));
        assertEquals("à partir du 4\u00A0janvier 2027", FrenchFormat.period(LocalDate.of(2027, 1, 4), null));
        assertNull(FrenchFormat.period(null, null));
    }

    @Test
    void hoursAndCounts() {
        assertEquals("525\u00A0heures", FrenchFormat.hours(525));
        assertEquals("1\u00A0heure", FrenchFormat.hours(1));
        assertEquals("13\u202F120", FrenchFormat.integer(13_120));
    }
}
