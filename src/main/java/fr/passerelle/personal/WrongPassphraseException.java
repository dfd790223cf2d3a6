package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;

/**
 * The passphrase does not open the key file: nothing was changed. The message is for the counsellor, in French;
 * {@link #text} says it in English too. It never repeats the passphrase typed.
 */
public final class WrongPassphraseException extends Exception implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private static final Message SAID = Message.of("personal.passphrase.wrong");

    public WrongPassphraseException() {
        super(PersonalFailure.french(SAID));
    }

    @Override
    public Message said() {
        return SAID;
    }
}
