package fr.passerelle.export;

import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.result.LiveOffers;
import java.time.LocalDate;
import java.util.List;

/**
 * The live job offers of the chosen occupation as the path shows them (the same {@link LiveOffers}, the same words):
 * how many within her radius, how many more whose place is not given, the day they were fetched, the latest few.
 *
 * @param summary "3 offres en ligne à moins de 30 km, 1 autre au lieu non précisé (relevées le 1er décembre 2026)"
 * @param latest  newest first, at most {@link LiveOffers#SHOWN}
 */
public record PlanOffers(int count, int unplaced, LocalDate fetchedOn, String summary, List<PlanOffer> latest) {
    public PlanOffers {
        latest = List.copyOf(latest);
    }

    /** One offer: employer, commune, date and contract are null when the offer does not give them. */
    public record PlanOffer(String title, String employer, String commune, LocalDate date, String contract, String line) {
    }

    /** Null when the cache holds no offers ({@code offers} null): the plan then says nothing about offers. */
    public static PlanOffers of(LiveOffers offers, int radiusKm) {
        if (offers == null) {
            return null;
        }
        return new PlanOffers(offers.count(), offers.unplaced(), offers.fetchedOn(), LiveOfferWords.summary(offers, radiusKm),
                offers.latest().stream().map(o -> new PlanOffer(o.title(), o.employer(), o.commune(), o.date(), o.contract(),
                        LiveOfferWords.offer(o))).toList());
    }
}
