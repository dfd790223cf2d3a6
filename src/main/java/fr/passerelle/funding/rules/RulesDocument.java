package fr.passerelle.funding.rules;

import java.util.Objects;

/**
 * A validated rules document as stored in the cache: its version and its text. Only a document that
 * {@link RuleSetReader} accepted is ever built into one (by the importer), and the engine reads the text back with
 * the same reader.
 */
public record RulesDocument(String version, String document) {
    public static final int MAX_VERSION_LENGTH = 100;

    public RulesDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(document, "document");
        if (version.isBlank() || version.length() > MAX_VERSION_LENGTH) {
            throw new IllegalArgumentException("version des règles vide ou trop longue (100 caractères au plus)");
        }
    }
}
