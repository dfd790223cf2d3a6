package fr.passerelle.personal;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.Arrays;
import java.util.Optional;

/**
 * A failure of the personal data said by {@code engine/words/personal*.properties}: its {@code getMessage()} is the
 * French text (the command line's and the tests' contract), {@link #text} says it in the reader's language. Its
 * parameters are ids, file paths, counts and error codes, never a person's name, a note or any byte of a key.
 */
public interface PersonalFailure {
    /** What went wrong, as a key and its parameters. */
    Message said();

    /** The failure in the renderer's language. */
    default String text(MessageRenderer in) {
        return in.render(said());
    }

    /**
     * A message of the personal bundle; each value is shown as written (a number as plain digits, so the French text
     * stays what it was), except a {@link Message}, which is said in the same language.
     */
    static Message message(String key, Object... values) {
        return new Message(key, Arrays.stream(values)
                .map(v -> v instanceof Message m ? Param.of(m) : Param.label(String.valueOf(v))).toList());
    }

    static String french(Message message) {
        return MessageRenderer.french().render(message);
    }

    /** The text of any failure in the renderer's language when it is one of these, else empty (say its own message). */
    static Optional<String> textOf(Throwable failure, MessageRenderer in) {
        return failure instanceof PersonalFailure f ? Optional.of(f.text(in)) : Optional.empty();
    }
}
