package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Job offers of one ROME (3) code in a territory at an extraction date. {@code territoryLevel} is "departement" or
 * "commune"; {@code territoryCode} is null for offers without a location.
 */
public record OfferCount(String territoryLevel, String territoryCode, RomeCode romeCode, int offers, LocalDate extractedOn) {
    public OfferCount {
        Objects.requireNonNull(territoryLevel, "territoryLevel");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(extractedOn, "extractedOn");
        if (offers < 0) {
            throw new IllegalArgumentException("un nombre d'offres ne peut pas être négatif");
        }
    }
}
