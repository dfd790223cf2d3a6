package fr.passerelle.store;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Sayable;

/**
 * The cache could not be read or written for a reason that is not the imported files' fault (disk full, folder
 * read-only, another Passerelle importing...). Its message is French and says what to do; the CLI exits with 1.
 * One built from a key ({@code cache.*} in engine/words/imports*.properties) can also be said in the reader's language
 * ({@link #text(MessageRenderer)}); one written as a plain text stays as written.
 */
public class StoreException extends RuntimeException implements Sayable {
    private static final long serialVersionUID = 1L;

    private final transient Message said;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.said = null;
    }

    public StoreException(String message) {
        super(message);
        this.said = null;
    }

    /** Said by the bundles: French as the message, any language through {@link #text}. */
    public StoreException(Message message, Throwable cause) {
        super(MessageRenderer.french().render(message), cause);
        this.said = message;
    }

    public StoreException(Message message) {
        this(message, null);
    }

    /** The message in the renderer's language; one written as a plain text stays as written. */
    @Override
    public String text(MessageRenderer in) {
        return said == null ? getMessage() : in.render(said);
    }
}
