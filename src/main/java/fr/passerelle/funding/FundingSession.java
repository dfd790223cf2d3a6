package fr.passerelle.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * The session as the rules see it. {@code priceCents} null = price unknown (then every amount of the answer is
 * unknown, never 0); {@code cpfEligible} null = the source does not say; {@code funders} the LHEO funder codes of its
 * action (empty = not published).
 *
 * @param departement the département where it takes place, or null
 */
public record FundingSession(String title, Integer hours, Long priceCents, List<Integer> funders, Boolean cpfEligible,
                             LocalDate start, LocalDate end, String departement) {
    public FundingSession {
        funders = funders == null ? List.of() : List.copyOf(funders);
        if (hours != null && hours < 0) {
            throw new IllegalArgumentException("nombre d'heures négatif");
        }
        if (priceCents != null && priceCents < 0) {
            throw new IllegalArgumentException("prix négatif");
        }
    }
}
