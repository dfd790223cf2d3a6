package fr.passerelle.domain.rome;

import fr.passerelle.domain.Referential;
import java.util.Objects;

/** A skill, knowledge or work-context item of the ROME, identified by its OGR code. */
public record RomeItem(Referential referential, String ogr, RomeItemKind kind, String label, String nature,
                       String category, String subcategory, String definition, String macroOgr) {
    public RomeItem {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(ogr, "ogr");
        Objects.requireNonNull(kind, "kind");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an item needs a label");
        }
    }
}
