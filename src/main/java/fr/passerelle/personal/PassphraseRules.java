package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;
import java.util.Optional;

/**
 * What a new passphrase must be. Long rather than complicated: a sentence of a few words is easy to remember and hard
 * to guess (ANSSI and NIST both favour length); twelve characters at least, and not the same character repeated.
 */
public final class PassphraseRules {
    public static final int MIN_LENGTH = 12;

    private PassphraseRules() {
    }

    /** Why this passphrase (and its confirmation) cannot be used, in French, or empty when it can. */
    public static Optional<String> problem(char[] passphrase, char[] confirmation) {
        return refusal(passphrase, confirmation).map(PersonalFailure::french);
    }

    /**
     * Why this passphrase (and its confirmation) cannot be used, as a message to say in the reader's language, or
     * empty when it can. The message says which rule it breaks, never the passphrase itself.
     */
    public static Optional<Message> refusal(char[] passphrase, char[] confirmation) {
        // No String made of the passphrase: it would stay in memory until collected.
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            return Optional.of(PersonalFailure.message("personal.passphrase.tooShort", MIN_LENGTH));
        }
        if (java.nio.CharBuffer.wrap(passphrase).codePoints().distinct().count() < 4) {
            return Optional.of(Message.of("personal.passphrase.repetitive"));
        }
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            return Optional.of(Message.of("personal.passphrase.mismatch"));
        }
        return Optional.empty();
    }

    /** Refuses a passphrase that breaks a rule ({@link PersonalRefusal}, an {@link IllegalArgumentException}). */
    public static void require(char[] passphrase, char[] confirmation) {
        refusal(passphrase, confirmation).ifPresent(said -> {
            throw new PersonalRefusal(said);
        });
    }
}
