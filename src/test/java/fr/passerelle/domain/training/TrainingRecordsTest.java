package fr.passerelle.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingRecordsTest {

    private static TrainingAction action(Integer total, Integer centre, Integer company) {
        return new TrainingAction("a", "t", total, centre, company, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void rejectsNegativeHours() {
        assertEquals("nombre d'heures total négatif : -1",
                assertThrows(IllegalArgumentException.class, () -> action(-1, null, null)).getMessage());
        assertEquals("nombre d'heures en centre négatif : -2",
                assertThrows(IllegalArgumentException.class, () -> action(null, -2, null)).getMessage());
        assertEquals("nombre d'heures en entreprise négatif : -3",
                assertThrows(IllegalArgumentException.class, () -> action(null, null, -3)).getMessage());
    }

    @Test
    void keepsUnknownHoursAndPricesUnknown() {
        TrainingAction action = action(null, null, null);
        assertEquals(null, action.hoursTotal());
        assertEquals(null, action.totalPriceCents());
    }

    @Test
    void rejectsANegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> new Money(-1));
    }

    @ParameterizedTest(name = "{0} € → {1} cents")
    @CsvSource({"1428, 142800", "1428.5, 142850", "0.005, 1", "0.004, 0", "0, 0"})
    void countsEurosInCentsRoundingHalfUp(BigDecimal euros, long cents) {
        assertEquals(cents, Money.ofEuros(euros).cents());
    }

    @Test
    void rejectsLatitudeWithoutLongitude() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingAction("a", "t", null, null, null, null, null, null,
                null, null, null, null, 50.6, null, null, null));
    }

    @Test
    void rejectsATeachingModeOutsideTheDictionary() {
        assertThrows(IllegalArgumentException.class, () -> new TeachingMode(3));
    }

    @Test
    void rejectsALevelOutsideTheDictionary() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingLevel(9));
        assertEquals(14, TrainingLevel.ofNationalFramework(4).code());
    }

    @Test
    void rejectsAFunderOutsideTheDictionary() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingFunder("a", 21, null));
    }

    @Test
    void rejectsAFormacodeThatIsNotFiveDigits() {
        assertThrows(IllegalArgumentException.class, () -> new FormacodeCode("3179"));
    }
}
