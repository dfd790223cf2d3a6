package fr.passerelle.ui.path;

import java.util.List;

/**
 * Cards under one header. Today the engine gives one ranked list, shown as one group; when it groups targets (by
 * horizon: now, short, long), {@link CardGrouping} turns its groups into headers without changing the view.
 */
public record CardGroup(String header, List<TargetCard> cards) {
}
