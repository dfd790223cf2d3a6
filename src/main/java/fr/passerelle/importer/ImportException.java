package fr.passerelle.importer;

import java.nio.file.Path;

/**
 * Malformed input: says where (file and line, or file alone when no line applies) and what is wrong.
 * Its message is the contract of the CLI: {@code file:line: what is wrong}.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String problem;

    public ImportException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public ImportException(Path file, long line, String problem) {
        this(file.getFileName().toString(), line, problem);
    }

    public String file() {
        return file;
    }

    /** 1-based line of the file, 0 when the problem is not tied to one line. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
