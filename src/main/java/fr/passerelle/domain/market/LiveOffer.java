package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One job offer as stored in the cache from a saved "Offres d'emploi v2" answer (table {@code job_offer}): what the
 * path shows of it and where it is. {@link JobOffer} is the same offer as the sync client hands it over, before it is
 * written to a file; this record is what the importer reads back from that file.
 *
 * @param employer     the employer's name, or null when the offer does not give it (often the case)
 * @param communeInsee the INSEE code of the place of work, or null
 * @param commune      the place as the API words it ("59 - LILLE"), or null
 * @param latitude     WGS84, or null (the engine then takes the commune's centre when the INSEE code is known)
 * @param createdOn    the offer's creation day, or null when the API gave none
 * @param contract     the contract as the API words it ("CDI", "Contrat à durée déterminée - 6 Mois"), or null
 * @param fetchedOn    the day the answer was fetched (from the file name): offers older than 60 days are not live
 */
public record LiveOffer(String id, String title, RomeCode romeCode, String employer, String communeInsee, String commune,
                        Double latitude, Double longitude, LocalDate createdOn, String contract, LocalDate fetchedOn) {
    public LiveOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(fetchedOn, "fetchedOn");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude et longitude vont ensemble");
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
