package fr.passerelle.store;

/** The cache could not be read or written (disk full, file locked by another Passerelle...). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
