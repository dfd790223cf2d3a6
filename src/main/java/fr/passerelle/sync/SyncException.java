package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;

/**
 * A sync that cannot go on, saying what and where; the cache is never changed by it. Its message is French
 * ({@link #getMessage()}, the command line's default and the state file's); one built from a key of
 * engine/words/sync*.properties can also be said in the reader's language ({@link #text(MessageRenderer)}).
 */
public class SyncException extends Exception {
    private final transient Message said;

    public SyncException(String message) {
        super(message);
        this.said = null;
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
        this.said = null;
    }

    public SyncException(Message message) {
        this(message, null);
    }

    public SyncException(Message message, Throwable cause) {
        super(MessageRenderer.french().render(message), cause);
        this.said = message;
    }

    /** What went wrong as a message: the key's, or the French text as written. */
    public Message said() {
        return said != null ? said : SyncWords.data(getMessage());
    }

    /** What went wrong in the renderer's language; a text written as plain French stays as written. */
    public String text(MessageRenderer in) {
        return said == null ? getMessage() : in.render(said);
    }
}
