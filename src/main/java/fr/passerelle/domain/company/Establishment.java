package fr.passerelle.domain.company;

import fr.passerelle.domain.InseeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An establishment (établissement, identified by its SIRET) that may hire, whatever the source: La Bonne Boite's
 * export or API, or a Passerelle company file. Optional facts are null when the source does not give them.
 *
 * @param headcountBracket INSEE bracket code ("11" = 10 to 19 employees), null when unknown
 * @param headcountMin     lower bound of the headcount: from the source, else filled in from the bracket
 * @param headcountMax     upper bound (null when open-ended or unknown)
 * @param communeInsee     INSEE commune code; null only when the source gives a place by coordinates and city name
 * @param city             commune name as the source writes it, when it gives no INSEE code
 */
public record Establishment(Siret siret, String name, String tradeName, String nafCode, String headcountBracket,
                            Integer headcountMin, Integer headcountMax, String address, InseeCode communeInsee,
                            String city, String postalCode, Double latitude, Double longitude, LocalDate createdOn,
                            String website) {
    public Establishment {
        Objects.requireNonNull(siret, "siret");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("un établissement doit avoir une raison sociale");
        }
        if (nafCode != null && !nafCode.matches("[0-9]{4}[A-Z]")) {
            throw new IllegalArgumentException("'" + nafCode + "' n'est pas un code NAF (4 chiffres et une lettre, ex. 4711D)");
        }
        if (headcountBracket != null && !HeadcountBracket.isCode(headcountBracket)) {
            throw new IllegalArgumentException("'" + headcountBracket + "' n'est pas une tranche d'effectif INSEE");
        }
        if (headcountBracket != null && headcountMin == null && headcountMax == null) {
            // Only the bracket is known: its range is the best headcount we have.
            HeadcountBracket bracket = HeadcountBracket.ofCode(headcountBracket).orElseThrow();
            headcountMin = bracket.min();
            headcountMax = bracket.max();
        }
        if ((headcountMin != null && headcountMin < 0) || (headcountMax != null && headcountMax < 0)
                || (headcountMin != null && headcountMax != null && headcountMin > headcountMax)) {
            throw new IllegalArgumentException("effectif incohérent : " + headcountMin + " à " + headcountMax);
        }
        if (postalCode != null && !postalCode.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("'" + postalCode + "' n'est pas un code postal (5 chiffres)");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude et longitude vont ensemble : les deux ou aucune");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("coordonnées hors limites : " + latitude + ", " + longitude);
        }
        if (communeInsee == null && latitude == null) {
            throw new IllegalArgumentException("un établissement doit avoir une commune INSEE ou des coordonnées");
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
