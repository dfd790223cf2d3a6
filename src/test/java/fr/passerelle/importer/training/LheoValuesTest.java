package fr.passerelle.importer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LheoValuesTest {

    @ParameterizedTest(name = "''{0}'' → {1} cents")
    @CsvSource(delimiter = ';', value = {
        "1428; 142800",
        "1428.00; 142800",
        "1428,5; 142850",
        "1 428,50; 142850",
        "1\u00A0428,50 €; 142850",
        "1428 EUR; 142800",
        "0; 0",
        "0,00; 0",
    })
    void readsPricesWithADecimalCommaOrPoint(String text, long cents) {
        assertEquals(cents, LheoValues.price(text).cents());
    }

    @Test
    void leavesAMissingPriceUnknownNotZero() {
        assertNull(LheoValues.price((String) null));
    }

    @Test
    void rejectsANegativePrice() {
        assertEquals("prix négatif -100", assertThrows(IllegalArgumentException.class, () -> LheoValues.price("-100")).getMessage());
    }

    @Test
    void rejectsAPriceThatIsNotANumber() {
        assertEquals("'sur devis' n'est pas un prix en euros (ex. 1428 ou 1428,50)",
                assertThrows(IllegalArgumentException.class, () -> LheoValues.price("sur devis")).getMessage());
    }

    @Test
    void rejectsNegativeOrFractionalHours() {
        assertEquals("nombre d'heures négatif -5", assertThrows(IllegalArgumentException.class, () -> LheoValues.hours("-5")).getMessage());
        assertEquals("'12.5' n'est pas un nombre d'heures (entier positif)",
                assertThrows(IllegalArgumentException.class, () -> LheoValues.hours("12.5")).getMessage());
    }

    @Test
    void collapsesLineBreaksInTitles() {
        assertEquals("Licence arts, lettres, langues", LheoValues.collapse("\n  Licence arts, lettres,\n langues\n"));
    }

    @Test
    void readsTheDashOfEmptyMandatoryTextsAsNothing() {
        assertNull(LheoValues.freeText(" - "));
    }

    @ParameterizedTest
    @CsvSource({"50.63, 50.63", "'50,63', 50.63", "-3.55, -3.55"})
    void readsDegreesWithACommaOrPoint(String text, double expected) {
        assertEquals(expected, LheoValues.degrees(text, 90, "latitude"));
    }

    @Test
    void rejectsALatitudeOutOfRange() {
        assertEquals("latitude 95.2 hors de -90 à 90",
                assertThrows(IllegalArgumentException.class, () -> LheoValues.degrees("95.2", 90, "latitude")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({"SANS_NIVEAU, 1", "NIVEAU_3, 13", "NIVEAU_8, 18"})
    void mapsCpfLevelsToLheoCodes(String cpf, int lheo) {
        assertEquals(lheo, CpfActionMapper.level(cpf).code());
    }
}
