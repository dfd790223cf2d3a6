package fr.passerelle.sync;

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

    /** Offers fetched, and the slices that hit the API's 3,150-offer ceiling even at the smallest slice. */
    record OfferHarvest(List<JobOffer> offers, List<String> truncated) {
        public OfferHarvest {
            offers = List.copyOf(offers);
            truncated = List.copyOf(truncated);
        }
    }

    record CompanyHit(String siret, String name, String naf, String city, String postcode, Integer headcountMin,
                      Integer headcountMax) {
    }

    record Metier(RomeCode code, String label) {
    }
}
