package fr.passerelle.domain.market;

import java.math.BigDecimal;

/** BMO survey: national share (%) of difficult hiring projects for a "métier BMO" named by its label only. */
public record BmoOccupationDifficulty(int surveyYear, String occupation, BigDecimal difficultyPct) {
    public BmoOccupationDifficulty {
        if (difficultyPct.signum() < 0 || difficultyPct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("un pourcentage va de 0 à 100, pas " + difficultyPct);
        }
    }
}
