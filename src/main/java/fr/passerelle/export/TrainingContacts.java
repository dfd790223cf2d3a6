package fr.passerelle.export;

import java.util.Optional;

/**
 * The port through which the plan learns how to apply to a session (the path itself carries no address). The store
 * implements it over the training cache; {@link #NONE} is for plans made without a cache.
 */
@FunctionalInterface
public interface TrainingContacts {
    TrainingContacts NONE = sessionId -> Optional.empty();

    /** What the catalogue says about applying to this session (the path's {@code sessionId}). */
    Optional<TrainingContact> find(String sessionId);
}
