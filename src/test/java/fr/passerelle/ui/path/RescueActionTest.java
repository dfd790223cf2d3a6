package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.RescueOption;
import org.junit.jupiter.api.Test;

/** Rescue options of the engine become buttons that know what to change (this pins the engine's wording). */
class RescueActionTest {
    @Test
    void aWiderRadiusCarriesItsKilometres() {
        RescueAction a = RescueAction.of(new RescueOption("rayon", "Élargir le rayon à 50 km", 3, 12, 1200)).orElseThrow();

        assertEquals(50, a.radiusKm());
        assertEquals("12 formations, 1\u00A0200 entreprises, 3 métiers au marché plus porteur", a.effect());
    }

    @Test
    void distanceLearningAndMoreOccupationsAreActionsToo() {
        assertTrue(RescueAction.of(new RescueOption("distance", "Accepter les formations à distance", 0, 1, 0)).orElseThrow().remote());
        assertTrue(RescueAction.of(new RescueOption("métiers", "Voir les métiers proches suivants : X", 2, 0, 0)).orElseThrow().moreTargets());
    }

    @Test
    void anOptionOfAnUnknownKindIsNotTurnedIntoAButton() {
        assertTrue(RescueAction.of(new RescueOption("autre", "Faire autre chose", 0, 0, 0)).isEmpty());
    }
}
