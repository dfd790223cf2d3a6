package fr.passerelle.store;

/**
 * The cache could not be read or written for a reason that is not the imported files' fault (disk full, folder
 * read-only, another Passerelle importing...). Its message is French and says what to do; the CLI exits with 1.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
