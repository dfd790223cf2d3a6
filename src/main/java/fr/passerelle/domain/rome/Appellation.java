package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/** A job title ("appellation") and the ROME fiche it belongs to, e.g. "Caissier / Caissière" → D1505. */
public record Appellation(Referential referential, String ogr, String label, String shortLabel, RomeCode romeCode,
                          String classification, boolean rarelyUsed) {
    public Appellation {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(ogr, "ogr");
        Objects.requireNonNull(romeCode, "romeCode");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an appellation needs a label");
        }
        if (shortLabel == null || shortLabel.isBlank()) {
            shortLabel = label;
        }
    }
}
