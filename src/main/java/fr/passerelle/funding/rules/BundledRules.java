package fr.passerelle.funding.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The default rule set shipped in the jar, used until a rules dataset is imported into the cache. A broken bundled
 * file is a build defect (a test reads it), hence the unchecked exception.
 */
public final class BundledRules {
    /** Resource path of the default rules document. */
    public static final String RESOURCE = "/fr/passerelle/funding/regles-financement.yaml";
    private static volatile RuleSet cached;

    private BundledRules() {
    }

    public static String text() {
        try (InputStream in = BundledRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("règles de financement absentes du jar : " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet get() {
        RuleSet rules = cached;
        if (rules == null) {
            try {
                rules = RuleSetReader.read(text());
            } catch (RuleSetException e) {
                throw new IllegalStateException("règles de financement du jar invalides : " + e.where("regles-financement.yaml"), e);
            }
            cached = rules;
        }
        return rules;
    }
}
