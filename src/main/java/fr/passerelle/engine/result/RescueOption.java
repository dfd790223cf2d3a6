package fr.passerelle.engine.result;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;

/**
 * An alternative when too little is found: what to widen, and what it would bring (counts). {@code description} is
 * the French sentence (JSON, window); {@code message} the same as a key with parameters, null when only French is known.
 */
public record RescueOption(String kind, String description, int occupations, int trainings, int companies, Message message) {

    /** An option known only in French (tests, older callers): it reads the same in every language. */
    public RescueOption(String kind, String description, int occupations, int trainings, int companies) {
        this(kind, description, occupations, trainings, companies, null);
    }

    /** The engine's way: the French description is the message said in French. */
    public static RescueOption of(String kind, Message message, int occupations, int trainings, int companies) {
        return new RescueOption(kind, MessageRenderer.french().render(message), occupations, trainings, companies, message);
    }

    /** The description in the renderer's language. */
    public String description(MessageRenderer in) {
        return message == null ? description : in.render(message);
    }
}
