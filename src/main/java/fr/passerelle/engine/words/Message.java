package fr.passerelle.engine.words;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the engine as a key of {@code fr/passerelle/engine/words/reasons.properties} (French) and
 * {@code reasons_en.properties} (English) with typed parameters: the engine says what it found, the
 * {@link MessageRenderer} says it in the reader's language.
 */
public record Message(String key, List<Param> params) {
    /** The message that renders as nothing: an optional clause that does not apply. */
    public static final Message NONE = new Message("empty", List.of());

    public Message {
        Objects.requireNonNull(key);
        params = List.copyOf(params);
    }

    public static Message of(String key, Param... params) {
        return new Message(key, List.of(params));
    }
}
