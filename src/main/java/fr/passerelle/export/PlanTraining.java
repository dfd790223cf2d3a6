package fr.passerelle.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One training session of the plan: what, where, when, how long, how to apply and who pays. Money in cents, null when
 * unknown (never 0 for unknown); {@code distanceKm} null for distance learning without a place.
 *
 * @param contact what the catalogue says about applying (address, entry conditions), or null when the cache has nothing
 * @param funding who pays what: today the path's simple estimate, later the funding engine's answer
 */
public record PlanTraining(String sessionId, String title, String provider, String city, String communeInsee,
                           Double distanceKm, boolean remote, Integer hours, LocalDate start, LocalDate end,
                           String certification, List<String> funders, Boolean cpfEligible, Long costCents,
                           TrainingContact contact, PlanFunding funding) {
    public PlanTraining {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(funding, "funding");
        funders = funders == null ? List.of() : List.copyOf(funders);
    }

    public PlanTraining withFunding(PlanFunding replacement) {
        return new PlanTraining(sessionId, title, provider, city, communeInsee, distanceKm, remote, hours, start, end,
                certification, funders, cpfEligible, costCents, contact, replacement);
    }
}
