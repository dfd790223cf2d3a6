package fr.passerelle.personal;

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
        // No String made of the passphrase: it would stay in memory until collected.
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            return Optional.of("la phrase secrète doit compter au moins " + MIN_LENGTH + " caractères (une courte phrase"
                    + " de quelques mots convient)");
        }
        if (java.nio.CharBuffer.wrap(passphrase).codePoints().distinct().count() < 4) {
            return Optional.of("la phrase secrète est trop répétitive : choisissez quelques mots");
        }
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            return Optional.of("les deux saisies de la phrase secrète diffèrent");
        }
        return Optional.empty();
    }
}
