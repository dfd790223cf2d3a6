package fr.passerelle.store;

import fr.passerelle.engine.data.TrainingOffer;
import java.util.function.Consumer;

/**
 * Streams training sessions, joined with their action, formation, ROME codes and funders, as the engine's
 * {@link TrainingOffer}. The training tables arrive with the trainings importers (migration V2).
 */
final class TrainingOfferReader {
    private final ReferenceDatabase database;

    TrainingOfferReader(ReferenceDatabase database) {
        this.database = database;
    }

    void read(Consumer<TrainingOffer> sink) {
        // No training tables yet in this schema version: nothing to stream.
    }
}
