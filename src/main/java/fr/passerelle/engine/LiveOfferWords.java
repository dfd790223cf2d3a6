package fr.passerelle.engine;

import fr.passerelle.engine.result.LiveOffers;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * The live offers in French, one wording for the command line and the window: "12 offres en ligne à moins de 30 km
 * (relevées le 1er décembre 2026)". The fetch date is always said: the licence of the API asks for it, and an offer
 * fetched a month ago may be filled.
 */
public final class LiveOfferWords {
    private LiveOfferWords() {
    }

    /** The count line in French; "" when the cache holds no offers ({@code offers} null). */
    public static String summary(LiveOffers offers, int radiusKm) {
        return summary(offers, radiusKm, MessageRenderer.french());
    }

    /**
     * The count line in the renderer's language (the window in English says "3 live offers within 30 km ..."); "" when
     * the cache holds no offers. One wording in the bundles for both languages (reasons*.properties, offers.live.*).
     */
    public static String summary(LiveOffers offers, int radiusKm, MessageRenderer in) {
        if (offers == null) {
            return "";
        }
        Message count = offers.count() == 0 ? Message.of("offers.live.none") : Message.of("offers.live.some", Param.number(offers.count()));
        Message unplaced = offers.unplaced() > 0 ? Message.of("offers.live.unplaced", Param.number(offers.unplaced())) : Message.NONE;
        Message fetched = offers.fetchedOn() == null ? Message.NONE : Message.of("offers.live.fetched", Param.date(offers.fetchedOn()));
        return in.render(Message.of("offers.live.summary", Param.of(count), Param.km(radiusKm), Param.of(unplaced), Param.of(fetched)));
    }

    /** "Vendeur en magasin (H/F) — DARTY, Lille, 28 novembre 2026, CDI": what the offer gives, nothing invented. */
    public static String offer(LiveOffers.Offer o) {
        return offer(o, MessageRenderer.french());
    }

    /**
     * The offer in the renderer's language: its own words (title, employer, commune, contract) as the offer gives them,
     * our words (no place, no date) and the date in the reader's language ("28 November 2026").
     */
    public static String offer(LiveOffers.Offer o, MessageRenderer in) {
        List<String> parts = new ArrayList<>();
        if (o.employer() != null) {
            parts.add(o.employer());
        }
        parts.add(o.commune() == null ? in.render(Message.of("offers.live.noPlace")) : o.commune());
        parts.add(o.date() == null ? in.render(Message.of("offers.live.noDate")) : in.format(Param.date(o.date())));
        if (o.contract() != null) {
            parts.add(o.contract());
        }
        return o.title() + " — " + String.join(", ", parts);
    }
}
