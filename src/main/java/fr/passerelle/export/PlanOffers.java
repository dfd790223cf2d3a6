package fr.passerelle.export;

import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.result.LiveOffers;
import java.time.LocalDate;
import java.util.ArrayList;
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
        return of(offers, radiusKm, PlanLanguage.FRENCH);
    }

    /** In the plan's language: the path's count line through the reasons' bundle, each offer's line with its words. */
    public static PlanOffers of(LiveOffers offers, int radiusKm, PlanLanguage in) {
        if (offers == null) {
            return null;
        }
        return new PlanOffers(offers.count(), offers.unplaced(), offers.fetchedOn(), LiveOfferWords.summary(offers, radiusKm, in.reasons()),
                offers.latest().stream().map(o -> new PlanOffer(o.title(), o.employer(), o.commune(), o.date(), o.contract(),
                        line(o, in))).toList());
    }

    /**
     * "Vendeur en magasin (H/F) — DARTY, Lille, 28 novembre 2026, CDI": the path's line in French (the same words as
     * the window's), the same parts with English words and dates in English. Title, employer, commune and contract are
     * the offer's own, never translated.
     */
    static String line(LiveOffers.Offer o, PlanLanguage in) {
        if (!in.english()) {
            return LiveOfferWords.offer(o);
        }
        List<String> parts = new ArrayList<>();
        if (o.employer() != null) {
            parts.add(o.employer());
        }
        parts.add(o.commune() == null ? in.t("offer.place.none") : o.commune());
        parts.add(o.date() == null ? in.t("offer.date.none") : in.date(o.date()));
        if (o.contract() != null) {
            parts.add(o.contract());
        }
        return o.title() + " — " + String.join(", ", parts);
    }
}
