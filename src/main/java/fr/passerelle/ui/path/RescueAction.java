package fr.passerelle.ui.path;

import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rescue suggestion as a button that applies itself: a wider radius, distance learning, no maximum length, more
 * occupations. Built from the engine's {@link RescueOption} (its kind, and the radius written in its description) or
 * from what the detail view found beyond her limits.
 *
 * @param radiusKm    the radius to apply, or null
 * @param remote      true to accept distance learning
 * @param noMaxHours  true to lift the maximum length
 * @param moreTargets true to show more occupations
 */
public record RescueAction(String label, String effect, Integer radiusKm, boolean remote, boolean noMaxHours,
                           boolean moreTargets) {
    /** The engine writes the radius of a "rayon" rescue in its description ("Élargir le rayon à 50 km"). */
    private static final Pattern KM = Pattern.compile("(\\d+) km");

    public static Optional<RescueAction> of(RescueOption o) {
        return of(o, MessageRenderer.french());
    }

    /** The button in the window's language ({@code in}); the occupations' names stay as the data writes them. */
    public static Optional<RescueAction> of(RescueOption o, MessageRenderer in) {
        String effect = in.noBreakSpaces().render(Message.of("rescue.effect", Param.number(o.trainings()), Param.number(o.companies()),
                Param.number(o.occupations())));
        switch (o.kind()) {
            case "rayon" -> {
                Matcher m = KM.matcher(o.description());
                return m.find() ? Optional.of(radius(Integer.parseInt(m.group(1)), effect, in)) : Optional.empty();
            }
            case "distance" -> {
                return Optional.of(new RescueAction(in.render(Message.of("rescue.remote")), effect, null, true, false, false));
            }
            case "métiers" -> {
                // The engine's sentence in the window's language (rescue.more: the occupations' names as the data writes them).
                String which = o.description(in);
                return Optional.of(new RescueAction(in.render(Message.of("rescue.more.short")), which, null, false, false, true));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    public static RescueAction radius(int km, String effect) {
        return radius(km, effect, MessageRenderer.french());
    }

    public static RescueAction radius(int km, String effect, MessageRenderer in) {
        return new RescueAction(in.render(Message.of("rescue.radius", Param.km(km))), effect, km, false, false, false);
    }

    public static RescueAction liftMaxHours(String effect) {
        return liftMaxHours(effect, MessageRenderer.french());
    }

    public static RescueAction liftMaxHours(String effect, MessageRenderer in) {
        return new RescueAction(in.render(Message.of("rescue.maxHours")), effect, null, false, true, false);
    }
}
