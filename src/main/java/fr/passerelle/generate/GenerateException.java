package fr.passerelle.generate;

/** Bad input to the generator (counts, folders, reference files): its message is one line for the counsellor. */
public final class GenerateException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenerateException(String message) {
        super(message);
    }

    public GenerateException(String message, Throwable cause) {
        super(message, cause);
    }
}
