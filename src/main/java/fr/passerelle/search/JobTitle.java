package fr.passerelle.search;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * Something a person may type to name a job: a ROME appellation ({@code occupationLabel} false) or the label of a
 * ROME fiche itself, with the fiche it leads to.
 */
public record JobTitle(String ogr, String label, RomeCode romeCode, String romeLabel, boolean occupationLabel) {
    public JobTitle {
        Objects.requireNonNull(ogr, "ogr");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(romeLabel, "romeLabel");
    }
}
