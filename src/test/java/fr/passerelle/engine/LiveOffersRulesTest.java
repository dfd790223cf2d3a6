package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.result.LiveOffers;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.funding.rules.BundledRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Live offers per target on the small hand-made world: placement, radius, the 60-day rule, the newest first. */
class LiveOffersRulesTest {
    private static final LocalDate FETCHED = LocalDate.of(2026, 12, 1);

    private static LiveOffer offer(String id, String rome, String insee, Double lat, Double lon, LocalDate created) {
        return new LiveOffer(id, "Offre " + id, new RomeCode(rome), id.startsWith("E") ? "Employeur " + id : null, insee,
                insee == null ? "59 - Nord" : "59 - LIBELLE API", lat, lon, created, "CDI", FETCHED);
    }

    /** D1507: 4 live within 30 km, 2 without a place, 1 at Arras (40 km), 1 too old; D1424: one at Lille. */
    private static List<LiveOffer> offers() {
        return List.of(
                offer("E1", "D1507", "59350", 50.6330, 3.0500, LocalDate.of(2026, 11, 20)),
                offer("A2", "D1507", "59009", null, null, LocalDate.of(2026, 11, 25)),          // at Villeneuve-d'Ascq's centre
                offer("A3", "D1507", "59999", null, null, LocalDate.of(2026, 11, 29)),          // commune not in the cache
                offer("A4", "D1507", null, null, null, LocalDate.of(2026, 11, 30)),             // no place at all
                offer("A5", "D1507", "62041", 50.2910, 2.7775, LocalDate.of(2026, 11, 28)),     // Arras
                offer("A6", "D1507", "59350", 50.6319, 3.0470, LocalDate.of(2026, 10, 1)),      // 61 days before the fetch
                offer("E7", "D1507", "59350", 50.6319, 3.0470, LocalDate.of(2026, 10, 2)),      // exactly 60 days: live
                offer("A8", "D1507", "59350", 50.6319, 3.0470, null),                           // no date: not proven old
                offer("A9", "D1424", "59350", 50.6319, 3.0470, LocalDate.of(2026, 11, 2)),
                new LiveOffer("B1", "Autre région", new RomeCode("M1101"), null, "75056", "75 - PARIS", 48.8566, 2.3522,
                        LocalDate.of(2026, 11, 1), null, LocalDate.of(2026, 11, 15)));
    }

    private static PathResult path(Optional<List<LiveOffer>> offers, int radiusKm) throws PathException {
        PathIndex index = SmallWorld.data().index();
        PathEngine engine = new PathEngine(index, RankingWeights.DEFAULT, BundledRules.get(), LiveOfferIndex.of(offers, index.territory()));
        return engine.compute(SmallWorld.cashier(EducationLevel.AUCUN, radiusKm), 100, SmallWorld.TODAY);
    }

    @ParameterizedTest(name = "within {0} km: {1} live, {2} without a place")
    @CsvSource({"30, 4, 2", "50, 5, 2", "5, 3, 2"})
    void countsTheLiveOffersWithinHerRadiusAndApartThoseWithoutAPlace(int radiusKm, int count, int unplaced) throws Exception {
        LiveOffers d1507 = SmallWorld.target(path(Optional.of(offers()), radiusKm), "D1507").liveOffers();
        assertEquals(count, d1507.count());
        assertEquals(unplaced, d1507.unplaced());
        assertEquals(FETCHED, d1507.fetchedOn(), "the newest fetch of the cache");
    }

    @Test
    void showsTheNewestOffersWithTheCommuneOfTheCacheAndWhatTheOfferGives() throws Exception {
        LiveOffers d1507 = SmallWorld.target(path(Optional.of(offers()), 30), "D1507").liveOffers();
        assertEquals(List.of(
                new LiveOffers.Offer("Offre A2", null, "Villeneuve-d'Ascq", LocalDate.of(2026, 11, 25), "CDI"),
                new LiveOffers.Offer("Offre E1", "Employeur E1", "Lille", LocalDate.of(2026, 11, 20), "CDI"),
                new LiveOffers.Offer("Offre E7", "Employeur E7", "Lille", LocalDate.of(2026, 10, 2), "CDI")), d1507.latest());
    }

    @Test
    void eachTargetCountsOnlyItsOwnOccupation() throws Exception {
        PathResult result = path(Optional.of(offers()), 30);
        assertEquals(1, SmallWorld.target(result, "D1424").liveOffers().count());
        TargetOccupation none = SmallWorld.target(result, "J1506");
        assertEquals(0, none.liveOffers().count());
        assertEquals(FETCHED, none.liveOffers().fetchedOn());
        assertTrue(none.liveOffers().latest().isEmpty());
    }

    @Test
    void withoutAnOffersDatasetThePathSaysNothingOfOffers() throws Exception {
        PathResult result = path(Optional.empty(), 30);
        result.occupations().forEach(t -> assertNull(t.liveOffers(), t.rome()));
        assertEquals("", LiveOfferWords.summary(null, 30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 | 0 | 12 offres en ligne à moins de 30 km (relevées le 1er décembre 2026)
            1  | 0 | 1 offre en ligne à moins de 30 km (relevées le 1er décembre 2026)
            0  | 0 | Aucune offre en ligne à moins de 30 km (relevées le 1er décembre 2026)
            3  | 1 | 3 offres en ligne à moins de 30 km, 1 autre au lieu non précisé (relevées le 1er décembre 2026)
            1234 | 2 | 1 234 offres en ligne à moins de 30 km, 2 autres au lieu non précisé (relevées le 1er décembre 2026)
            """)
    void saysTheCountWithTheFetchDateInFrench(int count, int unplaced, String expected) {
        assertEquals(expected, LiveOfferWords.summary(new LiveOffers(count, unplaced, FETCHED, List.of()), 30));
    }

    @Test
    void anOfferLineGivesOnlyWhatTheOfferHas() {
        assertEquals("Vendeur (H/F) — DARTY, Lille, 4 janvier 2027, CDI",
                LiveOfferWords.offer(new LiveOffers.Offer("Vendeur (H/F)", "DARTY", "Lille", LocalDate.of(2027, 1, 4), "CDI")));
        assertEquals("Vendeur (H/F) — lieu non précisé, date non précisée",
                LiveOfferWords.offer(new LiveOffers.Offer("Vendeur (H/F)", null, null, null, null)));
    }
}
