package fr.passerelle.engine;

/** The path cannot be computed for this profile on this cache (unknown occupation or commune...). */
public final class PathException extends Exception {
    private static final long serialVersionUID = 1L;

    public PathException(String message) {
        super(message);
    }
}
