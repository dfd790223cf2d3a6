package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;

/**
 * The key file cannot be read or written (damaged, edited, weakened, disk full); said in French, where, by
 * {@code getMessage()}, and in the reader's language by {@link #text}. It names the file and the kind of failure,
 * never a byte of the key or of the passphrase.
 */
public final class KeyFileException extends RuntimeException implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private final transient Message said;

    public KeyFileException(Message said) {
        this(said, null);
    }

    public KeyFileException(Message said, Throwable cause) {
        super(PersonalFailure.french(said), cause);
        this.said = said;
    }

    @Override
    public Message said() {
        return said;
    }
}
