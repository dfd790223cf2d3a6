package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * An item attached to a fiche ("item de cohérence"). {@code coreStatus} is ROME 4's "coeur de métier" mark:
 * "Principale" (the heart of the occupation), "Émergente" (becoming part of it), or null.
 */
public record CoherenceItem(Referential referential, RomeCode romeCode, String ogr, String coreStatus) {
    public CoherenceItem {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(ogr, "ogr");
    }
}
