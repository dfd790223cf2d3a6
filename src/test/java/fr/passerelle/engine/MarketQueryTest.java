package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.PathIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local market on the bundled samples (tension indicators 2021 of the Lille area and its neighbours): figures
 * summed over the areas the radius reaches, most offers first, each with its year.
 */
class MarketQueryTest {
    private static PathIndex index() {
        return SampleWorkstation.get().pathEngine().index();
    }

    @Test
    void aCommuneWithNoRadiusShowsItsOwnAreaMostOffersFirst() {
        MarketQuery.Answer answer = new MarketQuery(index()).aroundCommune("59350", 0);

        assertEquals(List.of("3216"), answer.zone().areas());
        MarketQuery.Row first = answer.rows().get(0);
        // Sample line: 2021,G1602,3216,2233.66,725.75,5,...
        assertEquals("G1602", first.rome());
        assertEquals(2233.66, first.offers(), 0.001);
        assertEquals(725.75, first.jobSeekers(), 0.001);
        assertEquals(5, first.tension());
        assertEquals(2021, first.tensionYear());
        for (int i = 1; i < answer.rows().size(); i++) {
            assertTrue(answer.rows().get(i - 1).offers() >= answer.rows().get(i).offers(), "sorted by offers");
        }
    }

    @Test
    void aWiderRadiusAddsTheNeighbouringAreasFiguresToTheSameOccupation() {
        MarketQuery query = new MarketQuery(index());
        MarketQuery.Answer near = query.aroundCommune("59350", 0);
        MarketQuery.Answer wide = query.aroundCommune("59350", 60);

        assertTrue(wide.zone().areas().size() > near.zone().areas().size(), wide.zone().areas().toString());
        double nearOffers = near.rows().stream().filter(r -> r.rome().equals("D1505")).findFirst().orElseThrow().offers();
        double wideOffers = wide.rows().stream().filter(r -> r.rome().equals("D1505")).findFirst().orElseThrow().offers();
        assertEquals(401.83, nearOffers, 0.001);
        assertTrue(wideOffers > nearOffers, "the neighbouring areas' D1505 offers are added: " + wideOffers);
    }

    @Test
    void anEmploymentAreaAloneGivesTheSameFiguresAsItsCommuneWithNoRadius() {
        MarketQuery query = new MarketQuery(index());
        assertEquals(query.aroundCommune("59350", 0).rows(), query.aroundArea("3216", 0).rows());
        assertEquals("LILLE", query.aroundArea("3216", 0).zone().centre().toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void offersOfTheDepartementCarryTheirExtractionDate() {
        MarketQuery.Answer answer = new MarketQuery(index()).aroundCommune("59350", 0);
        MarketQuery.Row withOffers = answer.rows().stream().filter(r -> r.offersDepartements() != null).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2021, 12, 21), withOffers.offersDate());
        answer.rows().stream().filter(r -> r.offersDepartements() == null).forEach(r -> assertNull(r.offersDate()));
    }

    @Test
    void theMapGetsOneOccupationsFiguresPerDepartement() {
        Map<String, MarketIndex.Market> byDep = new MarketQuery(index()).byDepartement("D1505");
        assertTrue(byDep.containsKey("59"), byDep.keySet().toString());
        assertEquals(MarketIndex.Level.DEPARTEMENT, byDep.get("59").level());
        assertTrue(byDep.get("59").offers() >= 401.83);
    }

    @Test
    void anUnknownCommuneIsRefusedWithItsCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MarketQuery(index()).aroundCommune("99999", 10));
        assertTrue(e.getMessage().contains("99999"));
    }
}
