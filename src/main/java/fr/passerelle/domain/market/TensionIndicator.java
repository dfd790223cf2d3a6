package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * France Travail / DARES hiring-tension indicators of one ROME (3) code in one BMO employment area for a year.
 * {@code offers} is the yearly average of offers collected, {@code jobSeekers} the registered job seekers (cat. A, B, C);
 * the indicators go from 1 (weak) to 5 (strong tension), null when not published.
 */
public record TensionIndicator(int referenceYear, RomeCode romeCode, String areaCode, Double offers, Double jobSeekers,
                               Integer tension, Integer hiringIntensity, Integer labourShortage,
                               Integer nonDurableJobs, Integer workingConditions, Integer geographicMismatch,
                               Integer trainingSpecificity) {
    public TensionIndicator {
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(areaCode, "areaCode");
        for (Integer score : new Integer[] {tension, hiringIntensity, labourShortage, nonDurableJobs,
                workingConditions, geographicMismatch, trainingSpecificity}) {
            if (score != null && (score < 1 || score > 5)) {
                throw new IllegalArgumentException("un indicateur de tension va de 1 à 5, pas " + score);
            }
        }
        if ((offers != null && offers < 0) || (jobSeekers != null && jobSeekers < 0)) {
            throw new IllegalArgumentException("offres et demandeurs ne peuvent pas être négatifs");
        }
    }
}
