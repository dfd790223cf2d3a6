package fr.passerelle.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French formats for people, and amounts read as a counsellor types them. */
class FrenchFormatsTest {

    private static String spaces(String s) {
        return s.replace('_', FrenchFormats.NBSP);
    }

    @ParameterizedTest
    @CsvSource({"13120, 13_120", "0, 0", "999, 999", "1000000, 1_000_000"})
    void numbersAreGroupedByThousands(long value, String expected) {
        assertEquals(spaces(expected), FrenchFormats.number(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"460000|4_600_€", "460050|4_600,50_€", "0|0_€", "99|0,99_€"})
    void amountsInCentsAreWrittenInEuros(long cents, String expected) {
        assertEquals(spaces(expected), FrenchFormats.money(cents));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-04, 4 janvier 2027", "2026-12-07, 7 décembre 2026", "2027-08-01, 1er août 2027", "2026-12-11, 11 décembre 2026"})
    void datesAreWrittenInFrench(LocalDate date, String expected) {
        assertEquals(expected, FrenchFormats.date(date));
    }

    @ParameterizedTest
    @CsvSource({"2027-09-20, 20 sept. 2027", "2027-01-04, 4 janv. 2027", "2026-12-07, 7 déc. 2026", "2027-05-03, 3 mai 2027", "2027-01-01, 1er janv. 2027"})
    void shortDatesAbbreviateTheMonth(LocalDate date, String expected) {
        assertEquals(expected, FrenchFormats.shortDate(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.34|12,3_km", "0.04|0_km", "7.5|7,5_km"})
    void distancesHaveOneDecimalWithAComma(double km, String expected) {
        assertEquals(spaces(expected), FrenchFormats.distance(km));
    }

    @ParameterizedTest
    @CsvSource({"85.0, +85_%", "-12.4, −12_%", "0.2, 0_%"})
    void signedPercentagesShowTheirSign(double value, String expected) {
        assertEquals(spaces(expected), FrenchFormats.signedPercent(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"500|500", "1 250,50|1250.5", "1200.5 €|1200.5", "0|0", "1\u00A0200|1200"})
    void amountsAreReadAsTyped(String typed, BigDecimal expected) {
        assertEquals(0, expected.compareTo(FrenchFormats.parseEuros(typed).orElseThrow()), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-5", "12,345", "cinq cents", "''", "1.2.3"})
    void whatIsNotAnAmountIsRefused(String typed) {
        assertTrue(FrenchFormats.parseEuros(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30|30", "1 200|1200", " 7 |7"})
    void wholeNumbersAreReadWithTheirSpaces(String typed, int expected) {
        assertEquals(expected, FrenchFormats.parseWhole(typed).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3,5", "-1", "trente", "9999999999"})
    void whatIsNotAWholeNumberIsRefused(String typed) {
        assertTrue(FrenchFormats.parseWhole(typed).isEmpty(), typed);
    }
}
