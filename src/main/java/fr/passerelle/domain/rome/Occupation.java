package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * A ROME fiche (occupation). In ROME 4, {@code parentCode} is the historic ROME 3 fiche it derives from:
 * that is how data keyed by ROME 3 codes (tension, offers, BMO) reaches a ROME 4 occupation.
 */
public record Occupation(Referential referential, RomeCode code, String ogr, String label, String ficheCode,
                         RomeCode parentCode, String transitionEco, String transitionNum, String transitionDemo,
                         boolean regulated, boolean executive) {
    public Occupation {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ogr, "ogr");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an occupation needs a label");
        }
    }
}
