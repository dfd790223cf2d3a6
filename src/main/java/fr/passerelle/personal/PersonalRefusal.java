package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;

/**
 * Something typed that the personal data refuses (a passphrase too short, a note too long): an
 * {@link IllegalArgumentException}, as before, so the command line still exits with 2; said in French by
 * {@code getMessage()}, in any language by {@link #text}.
 */
public final class PersonalRefusal extends IllegalArgumentException implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private final transient Message said;

    public PersonalRefusal(Message said) {
        super(PersonalFailure.french(said));
        this.said = said;
    }

    @Override
    public Message said() {
        return said;
    }
}
