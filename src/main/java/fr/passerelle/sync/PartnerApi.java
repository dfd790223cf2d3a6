package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import java.util.List;

/**
 * The other adapter of the central side: the France Travail partner APIs (Offres d'emploi v2, La Bonne Boite v2,
 * ROME 4.0 métiers), for what bundles do not carry: live offers. {@link FranceTravailClient} implements it.
 */
public interface PartnerApi {

    /** Every live offer for these occupations in these départements, with what could not be fetched. */
    OfferHarvest offers(List<RomeCode> romes, List<String> departements) throws SyncException;

    /** Companies La Bonne Boite says are likely to hire for an occupation around a point. */
    List<CompanyHit> companies(RomeCode rome, double latitude, double longitude, int km) throws SyncException;

    /** The ROME 4.0 métiers (code and label). */
    List<Metier> metiers() throws SyncException;

    /**
     * Offers fetched, and the slices that hit the API's 3,150-offer ceiling even at the smallest slice: in French
     * ({@code truncated}) and as messages ({@code slices}) to be said in the reader's language.
     */
    record OfferHarvest(List<JobOffer> offers, List<String> truncated, List<Message> slices) {
        public OfferHarvest {
            offers = List.copyOf(offers);
            truncated = List.copyOf(truncated);
            slices = List.copyOf(slices);
        }

        /** Slices written as texts (a fake API): said as written in every language. */
        public OfferHarvest(List<JobOffer> offers, List<String> truncated) {
            this(offers, truncated, truncated.stream().map(SyncWords::data).toList());
        }

        /** Slices as messages; the French is theirs. */
        public static OfferHarvest of(List<JobOffer> offers, List<Message> slices) {
            return new OfferHarvest(offers, slices.stream().map(MessageRenderer.french()::render).toList(), slices);
        }
    }

    record CompanyHit(String siret, String name, String naf, String city, String postcode, Integer headcountMin,
                      Integer headcountMax) {
    }

    record Metier(RomeCode code, String label) {
    }
}
