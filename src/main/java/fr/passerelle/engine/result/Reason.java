package fr.passerelle.engine.result;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.List;

/**
 * One explained reason behind a figure: what it says (a {@link Message}: a key and typed parameters, so that the
 * command line and the window say it in French or English), the same in plain French ({@code text}, what the JSON and
 * the PDF carry), the rule that produced it, and the data it comes from (dataset and date), so that every number shown
 * can be traced. The rule and the data are written in French only.
 */
public record Reason(String kind, String text, String rule, String data, Message message) {

    /** A reason known only as a French sentence (tests, older saved paths): it reads the same in every language. */
    public Reason(String kind, String text, String rule, String data) {
        this(kind, text, rule, data, null);
    }

    /** The engine's way: the French text is the message said in French. */
    public static Reason of(String kind, Message message, String rule, String data) {
        return new Reason(kind, MessageRenderer.french().render(message), rule, data, message);
    }

    /** The message key, or null for a French-only reason. */
    public String key() {
        return message == null ? null : message.key();
    }

    public List<Param> params() {
        return message == null ? List.of() : message.params();
    }

    /** The text in the renderer's language (the French text when the reason has no message). */
    public String text(MessageRenderer in) {
        return message == null ? text : in.render(message);
    }
}
