package fr.passerelle.app;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import java.util.List;

/**
 * A request that cannot be served as typed: says which field and what to try (suggestions). Its message is French
 * ({@link #getMessage()}, the command line's default); a refusal built from a key ({@code request.*} in
 * engine/words/requests*.properties) can also be said in the reader's language ({@link #text(MessageRenderer)}).
 */
public final class InvalidRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> suggestions;
    private final transient Message said;

    public InvalidRequestException(String message) {
        this(message, List.of());
    }

    public InvalidRequestException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
        this.said = null;
    }

    /** A refusal said by the bundles: French as the message, any language through {@link #text}. */
    public InvalidRequestException(Message message) {
        this(message, List.of());
    }

    public InvalidRequestException(Message message, List<String> suggestions) {
        super(MessageRenderer.french().render(message));
        this.suggestions = List.copyOf(suggestions);
        this.said = message;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    /** The refusal in the renderer's language; a refusal written as a plain text stays as written. */
    public String text(MessageRenderer in) {
        return said == null ? getMessage() : in.render(said);
    }
}
