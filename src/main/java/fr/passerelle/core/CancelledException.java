package fr.passerelle.core;

/** Thrown out of long work when its {@link ProgressListener} says the user cancelled it. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Opération annulée");
    }
}
