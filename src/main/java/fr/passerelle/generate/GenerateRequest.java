package fr.passerelle.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: {@code sessions} LHEO sessions in all, {@code companies} company rows in all, from the reference
 * files of {@code from} (a folder laid out like ../shared/data or data-samples/), into {@code out}.
 */
public record GenerateRequest(long sessions, long companies, long seed, Path out, Path from) {
    /** SIRENs are drawn from a bijection of 0..10^8; companies use the lower half, training organisations the upper. */
    public static final long MAX_COMPANIES = 50_000_000L;
    public static final long MAX_SESSIONS = 50_000_000L;

    public GenerateRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(from, "from");
    }

    /** Checks the counts; the message names the option, as the command line spells it. */
    public void validate() throws GenerateException {
        if (sessions < 0) {
            throw new GenerateException("--sessions doit être positif ou nul (reçu " + sessions + ")");
        }
        if (companies < 0) {
            throw new GenerateException("--companies doit être positif ou nul (reçu " + companies + ")");
        }
        if (sessions > MAX_SESSIONS) {
            throw new GenerateException("--sessions ne peut dépasser " + MAX_SESSIONS + " (reçu " + sessions + ")");
        }
        if (companies > MAX_COMPANIES) {
            throw new GenerateException("--companies ne peut dépasser " + MAX_COMPANIES + " (reçu " + companies + ")");
        }
    }
}
