package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;

/**
 * The personal data is asked for while it is locked (the inactivity lock came between a click and its work): an
 * {@link IllegalStateException}, as before, said in French by {@code getMessage()} and in any language by
 * {@link #text}.
 */
public final class PersonalLockedException extends IllegalStateException implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private static final Message SAID = Message.of("personal.locked");

    public PersonalLockedException() {
        super(PersonalFailure.french(SAID));
    }

    @Override
    public Message said() {
        return SAID;
    }
}
