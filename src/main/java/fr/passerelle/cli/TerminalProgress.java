package fr.passerelle.cli;

import fr.passerelle.core.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on a terminal (stderr); silent when output is redirected, so logs stay clean. */
final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final OutputWords words;
    private String lastLine = "";

    private TerminalProgress(PrintStream out, OutputWords words) {
        this.out = out;
        this.words = words;
    }

    static ProgressListener forStderr() {
        return forStderr(OutputWords.FRENCH);
    }

    /** The same with the run's figures ({@code 13 120} / {@code 13,120}); the steps are the datasets' names. */
    static ProgressListener forStderr(OutputWords words) {
        return System.console() == null ? ProgressListener.NONE : new TerminalProgress(System.err, words);
    }

    @Override
    public void progress(String step, long done, long total) {
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line = String.format("%-40.40s [%s%s] %3d %%", step, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100 * done / total);
        } else {
            line = String.format("%-40.40s %s", step, words.number(done));
        }
        if (!line.equals(lastLine)) {
            out.print("\r" + line);
            if (total > 0 && done >= total) {
                out.print("\r" + " ".repeat(line.length()) + "\r");
            }
            out.flush();
            lastLine = line;
        }
    }
}
