package fr.passerelle.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretTest {

    @ParameterizedTest
    @CsvSource({"732829320, true", "732829321, false", "00565014800033, true", "00565014800034, false", "79927398713, true", "0, true"})
    void luhnCheck(String digits, boolean valid) {
        assertEquals(valid, Siret.isLuhnValid(digits));
    }

    @Test
    void sirensOfDistinctIndexesAreDistinctAndValid() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            String siren = Siret.siren(i);
            assertEquals(9, siren.length());
            assertTrue(Siret.isLuhnValid(siren), siren);
            assertTrue(seen.add(siren), siren);
        }
        for (long i = Siret.ORGANISATION_BASE; i < Siret.ORGANISATION_BASE + 20_000; i++) {
            assertTrue(seen.add(Siret.siren(i)));
        }
    }

    @Test
    void siretIsFourteenLuhnValidDigitsStartingWithTheSiren() {
        String siren = Siret.siren(123);
        String siret = Siret.siret(siren, 42);
        assertEquals(14, siret.length());
        assertTrue(siret.startsWith(siren + "0042"));
        assertTrue(Siret.isLuhnValid(siret));
        assertFalse(Siret.isLuhnValid(siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10)));
    }
}
