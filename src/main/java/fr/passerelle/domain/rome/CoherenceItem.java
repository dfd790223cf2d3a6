package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/** An item attached to a fiche ("item de cohérence"); {@code core} marks the heart of the occupation. */
public record CoherenceItem(Referential referential, RomeCode romeCode, String ogr, boolean core) {
    public CoherenceItem {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(ogr, "ogr");
    }
}
