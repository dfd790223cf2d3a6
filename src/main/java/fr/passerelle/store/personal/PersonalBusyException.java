package fr.passerelle.store.personal;

import fr.passerelle.engine.words.Message;

/** Another window or command already has the personal data open: one Passerelle at a time writes it. */
public final class PersonalBusyException extends PersonalStoreException {
    private static final long serialVersionUID = 1L;

    PersonalBusyException() {
        super(Message.of("personal.busy"));
    }
}
