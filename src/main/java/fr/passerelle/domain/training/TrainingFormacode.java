package fr.passerelle.domain.training;

import java.util.Objects;

/** A Formacode descriptor of a training; {@code formacodeVersion} is LHEO's @ref (e.g. "V12"), null if not given. */
public record TrainingFormacode(String trainingId, FormacodeCode formacode, boolean principal, String formacodeVersion) {
    public TrainingFormacode {
        Checks.id("formation", trainingId);
        Objects.requireNonNull(formacode, "formacode");
        Checks.maxLength("version Formacode", formacodeVersion, 10);
    }
}
