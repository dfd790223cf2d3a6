package fr.passerelle.app;

import java.util.List;

/** A request that cannot be served as typed: says which field and what to try (suggestions). */
public final class InvalidRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> suggestions;

    public InvalidRequestException(String message) {
        this(message, List.of());
    }

    public InvalidRequestException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
