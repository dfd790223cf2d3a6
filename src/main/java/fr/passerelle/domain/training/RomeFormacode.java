package fr.passerelle.domain.training;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * A correspondence between a ROME 3 occupation and a Formacode descriptor, as a source table publishes it.
 *
 * @param formacodeLabel the descriptor's label as the source prints it (its own Formacode edition), or null
 * @param source         which correspondence table, e.g. "formacode-v11-rome"
 */
public record RomeFormacode(RomeCode romeCode, FormacodeCode formacode, String formacodeLabel, String source) {
    public RomeFormacode {
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(formacode, "formacode");
        Checks.maxLength("libellé Formacode", formacodeLabel, 300);
        Checks.required("source", source, 60);
    }
}
