package fr.passerelle.domain.training;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/** An occupation (ROME 3 code) a training leads to. */
public record TrainingRome(String trainingId, RomeCode romeCode) {
    public TrainingRome {
        Checks.id("formation", trainingId);
        Objects.requireNonNull(romeCode, "romeCode");
    }
}
