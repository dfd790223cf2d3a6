package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Area names in capitals, as the official files write them, read in the usual case. */
class PlaceNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LILLE                  | Lille
            ROUBAIX-TOURCOING      | Roubaix-Tourcoing
            BOULOGNE-SUR-MER       | Boulogne-sur-Mer
            AIX  GARDANNE SALON    | Aix Gardanne Salon
            CLERMONT FERRAND       | Clermont Ferrand
            ALES LA GRAND COMBE    | Ales la Grand Combe
            LE HAVRE               | Le Havre
            Hauts-de-France        | Hauts-de-France
            Nord                   | Nord
            L'ISLE-D'ABEAU         | L'Isle-d'Abeau
            """)
    void capitalsAreWrittenInTheUsualCaseAndMixedCaseIsKept(String source, String readable) {
        assertEquals(readable, PlaceNames.readable(source));
    }

    @Test
    void noNameStaysNoName() {
        assertNull(PlaceNames.readable(null));
    }
}
