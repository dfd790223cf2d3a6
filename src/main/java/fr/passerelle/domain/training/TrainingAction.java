package fr.passerelle.domain.training;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Money;

/**
 * One offer of a training: its place, hours, price and teaching mode ("action" in LHEO). Every field the source may
 * leave out is null when unknown: a missing price is unknown, never zero.
 *
 * @param totalPriceCents  price per trainee incl. tax and all fees (LHEO prix-total-TTC)
 * @param hourlyPriceCents price per hour incl. tax (LHEO prix-horaire-TTC)
 * @param cpfEligible      true when the source says the action can be paid with the CPF, null when it does not say
 */
public record TrainingAction(String actionId, String trainingId, Integer hoursTotal, Integer hoursCentre,
                             Integer hoursCompany, Money totalPriceCents, Money hourlyPriceCents,
                             TeachingMode teachingMode, InseeCode communeInsee, String postalCode, String city,
                             String addressLine, Double latitude, Double longitude, Boolean cpfEligible,
                             String entryConditions) {
    public TrainingAction {
        Checks.id("action", actionId);
        Checks.id("formation", trainingId);
        Checks.nonNegative("nombre d'heures total", hoursTotal);
        Checks.nonNegative("nombre d'heures en centre", hoursCentre);
        Checks.nonNegative("nombre d'heures en entreprise", hoursCompany);
        Checks.postalCode(postalCode);
        Checks.maxLength("ville", city, 200);
        Checks.maxLength("adresse", addressLine, 400);
        Checks.coordinates(latitude, longitude);
    }

    public boolean entirelyRemote() {
        return teachingMode != null && teachingMode.entirelyRemote();
    }
}
