package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One live job offer as the Offres d'emploi v2 API gives it, kept with the moment it was fetched: the path shows the
 * latest ones per target occupation, dated (the licence asks for the update date to be shown).
 *
 * @param employer    the employer's name, or null when the offer does not give it (often the case)
 * @param communeInsee the INSEE code of the place of work, or null (about 5 % of offers have none)
 * @param contract    the contract as the API words it ("CDI", "Intérim - 2 Mois"), or null
 * @param latitude    WGS84 latitude of the place of work, or null (both or neither)
 */
public record JobOffer(String id, String title, RomeCode rome, String employer, String communeInsee, String place,
                       Instant createdAt, String contract, Instant fetchedAt, Double latitude, Double longitude) {
    public JobOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rome, "rome");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("offre sans identifiant");
        }
    }
}
