package fr.passerelle.ui.path;

import java.util.List;

/**
 * Cards under one header: one group per horizon (now, short, long), each ranked on its own by the engine, as
 * {@link CardGrouping} says.
 */
public record CardGroup(String header, List<TargetCard> cards) {

    /** "Dans quelques mois — une formation courte ou un permis · 5 métiers". */
    public String title() {
        return header + " · " + cards.size() + " métier" + (cards.size() > 1 ? "s" : "");
    }
}
