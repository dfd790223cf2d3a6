package fr.passerelle.domain.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HiringScoreEstimatorTest {

    @ParameterizedTest(name = "{0} of {1} hirings, {2}+ employees -> {3}")
    @CsvSource(nullValues = "null", value = {
        "8950, 20900, 50,   86",   // shelf stacking in supermarkets, large store
        "6410, 20900, 50,   61",   // cashiers in the same store
        "6410, 20900, 6,    37",   // cashiers in a small one
        "6410, 20900, null, 43",   // size unknown
        "11620, 17000, 10,  80",   // a sector whose hiring is mostly for the ROME saturates at the size factor
        "0,    20900, 50,    0",
        "0,    0,     50,    0",
    })
    void scoresShareOfTheSectorsHiringsTimesSize(long rome, long sector, Integer min, int expected) {
        assertEquals(expected, HiringScoreEstimator.estimate(rome, sector, min));
    }

    @Test
    void refusesMoreHiringsForTheRomeThanForTheSector() {
        assertThrows(IllegalArgumentException.class, () -> HiringScoreEstimator.estimate(10, 5, null));
    }
}
