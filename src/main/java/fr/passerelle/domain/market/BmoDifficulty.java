package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;
import java.math.BigDecimal;

/** BMO survey: national share (%) of hiring projects judged difficult for a FAP-2009 family and a ROME code. */
public record BmoDifficulty(int surveyYear, String fapCode, String fapLabel, BigDecimal difficultyPct,
                            RomeCode romeCode, String romeLabel) {
    public BmoDifficulty {
        if (difficultyPct.signum() < 0 || difficultyPct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("un pourcentage va de 0 à 100, pas " + difficultyPct);
        }
    }
}
