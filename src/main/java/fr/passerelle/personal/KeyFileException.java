package fr.passerelle.personal;

/** The key file cannot be read or written (damaged, edited, weakened, disk full); said in French, where. */
public final class KeyFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
