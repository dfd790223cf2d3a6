package fr.passerelle.funding.rules;

/** A rules document that cannot be used: what is wrong and on which line (0 when no line applies). */
public final class RuleSetException extends Exception {
    private final int line;

    public RuleSetException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }

    /** "file:line: message", as every importer error of Passerelle. */
    public String where(String file) {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
