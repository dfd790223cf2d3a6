package fr.passerelle.engine.result;

import java.time.LocalDate;
import java.util.List;

/**
 * A training session that leads to the target occupation. Money in cents; {@code costCents} and
 * {@code remainingCents} are null when the price is unknown. {@code remainingCents} = cost − CPF balance, never
 * negative; {@code affordable} = what remains is within what she can pay.
 */
public record TrainingOption(String sessionId, String title, String provider, Integer hours, Long costCents,
                             Long remainingCents, Boolean affordable, LocalDate start, LocalDate end, String communeInsee,
                             String city, Double distanceKm, boolean remote, String certification, List<String> funders,
                             Boolean cpfEligible) {
}
