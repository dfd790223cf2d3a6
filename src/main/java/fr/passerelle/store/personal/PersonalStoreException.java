package fr.passerelle.store.personal;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.store.StoreException;

/**
 * The encrypted personal database cannot be opened, read or written: a {@link StoreException} (the command line exits
 * with 1), said in French by {@code getMessage()} and in the reader's language by {@link #text}. It carries H2's error
 * code and state, never H2's own text, which may quote a name or a note.
 */
public class PersonalStoreException extends StoreException implements PersonalFailure {
    private static final long serialVersionUID = 1L;
    private final transient Message said;

    PersonalStoreException(Message said) {
        this(said, null);
    }

    PersonalStoreException(Message said, Throwable cause) {
        super(said, cause); // French as the message, as every store failure
        this.said = said;
    }

    /** Both parents can say it: the personal bundle's words, in the reader's language. */
    @Override
    public String text(MessageRenderer in) {
        return in.render(said);
    }

    @Override
    public Message said() {
        return said;
    }

    static PersonalStoreException of(String key, Object... values) {
        return new PersonalStoreException(PersonalFailure.message(key, values));
    }

    /** What was being done, said in the reader's language inside a failure ("lecture" / "reading"). */
    static Message action(String what) {
        return Message.of("personal.action." + what);
    }
}
