package fr.passerelle.app.profile;

import fr.passerelle.engine.words.Message;
import fr.passerelle.personal.PersonalFailure;

/**
 * No profile with this id in the store (erased meanwhile, or never stored); said by its id, never by a name: the
 * message may reach a screen after the person was erased.
 */
public final class ProfileNotFoundException extends Exception implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private final transient Message said;

    public ProfileNotFoundException(String id) {
        this(PersonalFailure.message("personal.profile.notFound", id));
    }

    private ProfileNotFoundException(Message said) {
        super(PersonalFailure.french(said));
        this.said = said;
    }

    @Override
    public Message said() {
        return said;
    }
}
