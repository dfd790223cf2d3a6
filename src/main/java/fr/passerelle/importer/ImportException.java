package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.engine.words.Sayable;
import java.nio.file.Path;

/**
 * Malformed input: says where (file and line, or file alone when no line applies) and what is wrong.
 * Its message is the contract of the CLI: {@code file:line: what is wrong}, in French. A problem built from a key
 * ({@code import.*} in engine/words/imports*.properties) can also be said in the reader's language
 * ({@link #text(MessageRenderer)}); one written as a plain text stays as written in both.
 */
public final class ImportException extends Exception implements Sayable {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String problem;
    private final transient Message said;

    public ImportException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ImportException(Path file, long line, String problem) {
        this(file.getFileName().toString(), line, problem);
    }

    /** A problem said by the bundles: French as the message, any language through {@link #text}. */
    public ImportException(String file, long line, Message problem) {
        this(file, line, MessageRenderer.french().render(problem), problem);
    }

    public ImportException(Path file, long line, Message problem) {
        this(file.getFileName().toString(), line, problem);
    }

    private ImportException(String file, long line, String problem, Message said) {
        super(where(file, line) + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.said = said;
    }

    private static String where(String file, long line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    public String file() {
        return file;
    }

    /** 1-based line of the file, 0 when the problem is not tied to one line. */
    public long line() {
        return line;
    }

    /** What is wrong, in French, without the place. */
    public String problem() {
        return problem;
    }

    /** What is wrong as a message (a plain-text problem comes back as a text said as written in every language). */
    public Message problemMessage() {
        return said != null ? said : ImportWords.asWritten(problem);
    }

    /** The whole {@code file:line: what is wrong} as a message, for a report that says it inside its own words (a sync's). */
    public Message said() {
        return Message.of("import.located", Param.label(where(file, line)), Param.of(problemMessage()));
    }

    /** {@code file:line: what is wrong} in the renderer's language (the French one is {@link #getMessage()}). */
    @Override
    public String text(MessageRenderer in) {
        return said == null ? getMessage() : where(file, line) + in.render(said);
    }
}
