package fr.passerelle.domain.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretTest {

    @ParameterizedTest(name = "{0} valid={1} ({2})")
    @CsvSource({
        "73282932000074, true,  ordinary SIRET passing Luhn",
        "55208131766522, true,  ordinary SIRET passing Luhn",
        "77561959600155, true,  La Bonne Boite v2 fixture of Immersion Facilitée",
        "00565014800033, true,  leading zeros are digits",
        "73282932000075, false, last digit off by one",
        "12345678912345, false, fails Luhn",
        "12345678900007, false, passes Luhn on 14 digits but its SIREN 123456789 does not",
        "73282932000072, false, digit sum multiple of 5 is only La Poste's rule",
        "35600000000048, true,  La Poste head office: ordinary Luhn",
        "35600000049837, true,  La Poste establishment: digit sum 45 is a multiple of 5 (not Luhn)",
        "35600000049838, false, La Poste establishment whose digit sum is not a multiple of 5",
        "35600000012344, false, La Poste establishment whose digit sum is not a multiple of 5",
        "7328293200007,  false, 13 digits",
        "732829320000740, false, 15 digits",
        "7328293200007A, false, a letter",
        "'732 829 320 00074', false, spaces are not stripped: files must write 14 digits",
    })
    void validatesTheCheckDigitsWithLaPosteException(String value, boolean valid, String why) {
        assertEquals(valid, Siret.isValid(value), why);
        if (valid) {
            assertNull(Siret.problem(value));
            assertEquals(value, new Siret(value).value());
        } else {
            assertThrows(IllegalArgumentException.class, () -> new Siret(value), why);
        }
    }

    @Test
    void explainsWhyASiretIsRefused() {
        assertEquals("'7328293200007' n'est pas un SIRET (14 chiffres attendus)", Siret.problem("7328293200007"));
        assertEquals("SIRET '73282932000075' invalide : la clé de contrôle (formule de Luhn) est fausse",
                Siret.problem("73282932000075"));
        assertEquals("SIRET '12345678900007' invalide : la clé de contrôle du SIREN 123456789 est fausse",
                Siret.problem("12345678900007"));
        assertEquals("'null' n'est pas un SIRET (14 chiffres attendus)", Siret.problem(null));
    }

    @Test
    void givesItsSiren() {
        assertEquals("356000000", new Siret("35600000049837").siren());
    }

    @Test
    void luhnOfTheLaPosteSirenHolds() {
        assertTrue(Siret.luhn(Siret.LA_POSTE_SIREN));
    }
}
