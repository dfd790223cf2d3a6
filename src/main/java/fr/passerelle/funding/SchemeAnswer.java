package fr.passerelle.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * One scheme in an answer. {@code amountCents}: what it covers (for a possible scheme, the most it could pay on its own: the funder decides);
 * 0 when not eligible; null when its status is unknown or the price is unknown.
 *
 * @param verification what was checked against the official text, and what could not be
 */
public record SchemeAnswer(String id, String label, SchemeStatus status, Long amountCents, List<ConditionCheck> conditions,
                           String source, String verification, LocalDate validFrom, LocalDate validTo, String note,
                           List<String> steps) {
    public SchemeAnswer {
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
    }
}
