package fr.passerelle.engine.result;

import fr.passerelle.funding.FundingAnswer;
import java.time.LocalDate;
import java.util.List;

/**
 * A training session that leads to the target occupation. Money in cents; {@code costCents} and
 * {@code remainingCents} are null when the price is unknown. {@code remainingCents} is the certain remainder of the
 * funding answer (what is left for her after the schemes that are due: a session bought by the Région costs her 0);
 * {@code affordable} = that remainder is within what she can pay. {@code funding}: who pays what, with conditions,
 * sources and the questions still to ask (null only when built without funding rules).
 */
public record TrainingOption(String sessionId, String title, String provider, Integer hours, Long costCents,
                             Long remainingCents, Boolean affordable, LocalDate start, LocalDate end, String communeInsee,
                             String city, Double distanceKm, boolean remote, String certification, List<String> funders,
                             Boolean cpfEligible, FundingAnswer funding) {

    /** An option without a funding answer. */
    public TrainingOption(String sessionId, String title, String provider, Integer hours, Long costCents,
                          Long remainingCents, Boolean affordable, LocalDate start, LocalDate end, String communeInsee,
                          String city, Double distanceKm, boolean remote, String certification, List<String> funders,
                          Boolean cpfEligible) {
        this(sessionId, title, provider, hours, costCents, remainingCents, affordable, start, end, communeInsee, city,
                distanceKm, remote, certification, funders, cpfEligible, null);
    }
}
