package fr.passerelle.ui.path;

import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.ui.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How cards are put under headers: by a key the engine gives each target (its horizon: "Tout de suite", "Dans
 * quelques mois", "Projet plus long"), keeping the engine's order inside and between groups: the engine ranks each
 * horizon on its own and lists them in that order. The grouping is given to the view model by the composition root,
 * so that another grouping changes one line, not the screen.
 */
public final class CardGrouping {
    private final Function<TargetOccupation, String> header;

    /** @param header the header of a target's group (targets with equal headers share a group) */
    public CardGrouping(Function<TargetOccupation, String> header) {
        this.header = header;
    }

    /** One group per horizon, headed by its name and meaning ("Tout de suite — sans formation obligatoire"). */
    public static CardGrouping byHorizon() {
        return byHorizon(Messages.french());
    }

    /** The same, headed in the window's language. */
    public static CardGrouping byHorizon(Messages messages) {
        return new CardGrouping(t -> t.horizon() == null ? messages.get("path.group.other") : HorizonText.header(t.horizon(), messages.reasons()));
    }

    /** One group for all targets, in the engine's order. */
    public static CardGrouping single(String header) {
        return new CardGrouping(t -> header);
    }

    public List<CardGroup> group(List<TargetOccupation> targets, Function<TargetOccupation, TargetCard> card) {
        Map<String, List<TargetCard>> groups = new LinkedHashMap<>();
        for (TargetOccupation t : targets) {
            groups.computeIfAbsent(header.apply(t), k -> new ArrayList<>()).add(card.apply(t));
        }
        List<CardGroup> out = new ArrayList<>();
        groups.forEach((h, cards) -> out.add(new CardGroup(h, List.copyOf(cards))));
        return out;
    }
}
