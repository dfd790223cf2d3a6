package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * An official mobility link between two fiches. ROME 4 ranks them ({@code rankOrder} 1 = closest, no type);
 * ROME 3 types them ({@link MobilityType#PROCHE} or {@link MobilityType#EVOLUTION}, no rank) and may narrow them
 * to appellations.
 */
public record MobilityLink(Referential referential, RomeCode sourceCode, RomeCode targetCode, Integer rankOrder,
                           MobilityType mobilityType, String sourceAppellation, String targetAppellation) {
    public MobilityLink {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(targetCode, "targetCode");
        if (rankOrder != null && rankOrder < 1) {
            throw new IllegalArgumentException("a mobility rank starts at 1, not " + rankOrder);
        }
    }
}
