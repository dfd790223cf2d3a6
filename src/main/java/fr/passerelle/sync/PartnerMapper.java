package fr.passerelle.sync;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Wire DTOs → domain records; an item the domain refuses (no id, a bad ROME code) is skipped and counted, not fatal. */
final class PartnerMapper {
    private PartnerMapper() {
    }

    static Optional<JobOffer> offer(PartnerDtos.Offer o, Instant fetchedAt) {
        if (o == null || o.id == null || o.intitule == null || o.romeCode == null || !RomeCode.isValid(o.romeCode)) {
            return Optional.empty();
        }
        String employer = o.entreprise == null || blank(o.entreprise.nom) ? null : o.entreprise.nom.strip();
        String commune = o.lieuTravail == null || blank(o.lieuTravail.commune) ? null : o.lieuTravail.commune;
        String place = o.lieuTravail == null ? null : o.lieuTravail.libelle;
        String contract = !blank(o.typeContratLibelle) ? o.typeContratLibelle : o.typeContrat;
        boolean located = o.lieuTravail != null && o.lieuTravail.latitude != null && o.lieuTravail.longitude != null;
        return Optional.of(new JobOffer(o.id, o.intitule.strip(), new RomeCode(o.romeCode), employer, commune, place,
                instant(o.dateCreation), contract, fetchedAt, located ? o.lieuTravail.latitude : null,
                located ? o.lieuTravail.longitude : null));
    }

    /** ISO dates with millis and Z (2024-08-30T16:52:28.632Z) or with an offset (2019-01-23T13:32:22+01:00). */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static PartnerApi.CompanyHit company(PartnerDtos.Company c) {
        return new PartnerApi.CompanyHit(c.siret, c.company_name, c.naf, c.city, c.postcode, c.headcount_min, c.headcount_max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
