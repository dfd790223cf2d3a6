package fr.passerelle.ui.path;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.engine.words.Param;

/**
 * When she could start in a target and what the law requires, in the words of the cards, the detail and the
 * comparison: the horizon's reason as the engine gives it (without repeating the horizon under its own header), and
 * for a regulated occupation the required diploma or licence with its usual length.
 */
public final class HorizonText {
    /** The longest quote of the ROME's access text on a card: the first sentence usually says what is required. */
    static final int ROME_QUOTE = 160;

    private HorizonText() {
    }

    /** "Tout de suite — sans formation obligatoire": the header of a horizon's group. */
    public static String header(Horizon h) {
        return header(h, MessageRenderer.french());
    }

    /** The header in the renderer's language ("Right now — no mandatory training"). */
    public static String header(Horizon h, MessageRenderer in) {
        return in.render(Message.of("horizon.header", Param.of(label(h)), Param.of(Message.of("horizon.meaning." + h.key()))));
    }

    private static Message label(Horizon h) {
        return Message.of("horizon.label." + h.key());
    }

    /** "Tout de suite : " / "Right now: ", how a reason of the horizon starts. */
    private static String lead(Horizon h, MessageRenderer in) {
        return in.render(Message.of("horizon.labelled", Param.of(label(h)), Param.label("")));
    }

    /**
     * The engine's reason for the horizon without its leading label ("Dans quelques mois : une formation courte…" →
     * "Une formation courte…"), for a line under the horizon's header; the reason as it is when it has no label.
     */
    public static String reason(TargetOccupation t) {
        return reason(t, MessageRenderer.french());
    }

    /** {@link #reason(TargetOccupation)} in the renderer's language. */
    public static String reason(TargetOccupation t, MessageRenderer in) {
        if (t.horizonReason() == null) {
            return "";
        }
        String text = t.horizonReason().text(in);
        String prefix = t.horizon() == null ? null : lead(t.horizon(), in);
        if (prefix != null && text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Dans quelques mois : …": the horizon and its reason, for a place without a header (compare, detail). */
    public static String withLabel(TargetOccupation t) {
        return withLabel(t, MessageRenderer.french());
    }

    /** {@link #withLabel(TargetOccupation)} in the renderer's language. */
    public static String withLabel(TargetOccupation t, MessageRenderer in) {
        if (t.horizon() == null) {
            return reason(t, in);
        }
        String why = reason(t, in);
        return why.isEmpty() ? in.render(label(t.horizon()))
                : lead(t.horizon(), in) + Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }

    /**
     * For a regulated occupation, what the law requires: "Métier réglementé : Diplôme d'État d'ambulancier…, 801 h";
     * from the ROME's own access text when our table has no row; empty for an occupation that is not regulated.
     */
    public static String access(TargetOccupation t) {
        return access(t, Messages.french());
    }

    /** {@link #access(TargetOccupation)} in the window's language; the requirement and the ROME's text stay as the data writes them. */
    public static String access(TargetOccupation t, Messages messages) {
        Access a = t.access();
        if (a == null || !a.regulated()) {
            return "";
        }
        if (a.requirement() != null) {
            return messages.get("horizon.access.requirement", a.requirement(),
                    a.usualLength() == null ? "" : messages.get("horizon.access.length", a.usualLength()));
        }
        if (!a.romeText().isEmpty()) {
            return messages.get("horizon.access.rome", quote(a.romeText().get(0)));
        }
        return messages.get("horizon.access.unknown");
    }

    /** The first sentence of a text, cut at a word near {@link #ROME_QUOTE} characters. */
    static String quote(String text) {
        String t = text.strip();
        int end = t.indexOf(". ");
        if (end > 0) {
            t = t.substring(0, end);
        }
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() <= ROME_QUOTE) {
            return t;
        }
        int cut = t.lastIndexOf(' ', ROME_QUOTE);
        return t.substring(0, cut > 0 ? cut : ROME_QUOTE) + "…";
    }
}
