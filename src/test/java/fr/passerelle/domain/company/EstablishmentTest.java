package fr.passerelle.domain.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import org.junit.jupiter.api.Test;

class EstablishmentTest {
    private static final Siret SIRET = new Siret("73282932000074");
    private static final InseeCode LILLE = new InseeCode("59350");

    private static Establishment with(String bracket, Integer min, Integer max, InseeCode commune, Double lat, Double lon) {
        return new Establishment(SIRET, "Supérette fictive", null, "4711C", bracket, min, max, null, commune, null,
                "59000", lat, lon, null, null);
    }

    @Test
    void fillsTheHeadcountRangeFromTheBracket() {
        Establishment e = with("11", null, null, LILLE, null, null);
        assertEquals(10, e.headcountMin());
        assertEquals(19, e.headcountMax());
        Establishment big = with("53", null, null, LILLE, null, null);
        assertEquals(10000, big.headcountMin());
        assertNull(big.headcountMax());
    }

    @Test
    void keepsTheRangeTheSourceGives() {
        Establishment e = with(null, 5, 10, LILLE, null, null);
        assertEquals(5, e.headcountMin());
        assertEquals(10, e.headcountMax());
        assertNull(e.headcountBracket());
    }

    @Test
    void refusesAnUnknownBracket() {
        assertThrows(IllegalArgumentException.class, () -> with("13", null, null, LILLE, null, null));
    }

    @Test
    void refusesLatitudeWithoutLongitude() {
        assertThrows(IllegalArgumentException.class, () -> with(null, null, null, LILLE, 50.6, null));
    }

    @Test
    void needsACommuneOrCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> with(null, null, null, null, null, null));
        assertEquals(50.6, with(null, null, null, null, 50.6, 3.0).latitude());
    }

    @Test
    void hiringScoresStayOnTheZeroToHundredScale() {
        RomeCode rome = new RomeCode("D1505");
        assertEquals(87, new HiringScore(SIRET, rome, 87, ScoreSource.PUBLISHED).score());
        assertThrows(IllegalArgumentException.class, () -> new HiringScore(SIRET, rome, 101, ScoreSource.ESTIMATED));
        assertThrows(IllegalArgumentException.class, () -> new HiringScore(SIRET, rome, -1, ScoreSource.PUBLISHED));
        assertThrows(IllegalArgumentException.class, () -> new HiringScore(SIRET, rome, null, ScoreSource.PUBLISHED));
        assertNull(new HiringScore(SIRET, rome, null, ScoreSource.LISTED).score());
    }

    @Test
    void bracketsHaveFrenchLabels() {
        assertEquals("6 à 9 salariés", HeadcountBracket.B03.label());
        assertEquals("10\u202f000 salariés et plus", HeadcountBracket.B53.label());
    }
}
