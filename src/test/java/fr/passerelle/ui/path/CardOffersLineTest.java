package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.LiveOffers;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card's line of live offers: the count near her with the fetch day, nothing when the cache holds no offers. */
class CardOffersLineTest {
    private static final Demand NO_DEMAND = new Demand(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, false, null, 1);
    private static final JobSeekerProfile JULIETTE = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 25,
            EducationLevel.AUCUN, null, 50_000, 0, false);

    private static TargetOccupation target(LiveOffers offers) {
        return new TargetOccupation("D1507", "Employé / Employée de rayon libre-service", 0.8, null, List.of(), List.of(), List.of(),
                NO_DEMAND, true, 0, List.of(), 0, List.of(), Horizon.NOW, new Reason("horizon", "Tout de suite", "règle", "données"),
                Access.UNKNOWN, List.of(), offers);
    }

    @Test
    void theCardSaysHowManyLiveOffersAreWithinHerRadiusAndWhenTheyWereFetched() {
        LiveOffers offers = new LiveOffers(12, 0, LocalDate.of(2026, 12, 1), List.of());
        assertEquals("12 offres en ligne à moins de 25 km (relevées le 1er décembre 2026)",
                CardFormatter.card(target(offers), JULIETTE).offers());
    }

    @Test
    void withoutFetchedOffersTheCardHasNoOffersLine() {
        assertEquals("", CardFormatter.card(target(null), JULIETTE).offers());
    }
}
