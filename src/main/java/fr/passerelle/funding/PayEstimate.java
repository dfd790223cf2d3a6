package fr.passerelle.funding;

import java.time.LocalDate;

/**
 * What she may live on during the training: an estimate to discuss, never a promise. {@code scheme} null when no pay
 * rule applies or an answer is missing; {@code monthlyCents} null when the amount is hers (AREF = her ARE) or unknown.
 *
 * @param asOf the date from which the amount is in force (shown with the figure)
 */
public record PayEstimate(String scheme, String label, Long monthlyCents, String source, LocalDate asOf, String note) {
}
