package fr.passerelle.ui.path;

import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.ui.common.FrenchFormats;
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
        String effect = effect(o);
        switch (o.kind()) {
            case "rayon" -> {
                Matcher m = KM.matcher(o.description());
                return m.find() ? Optional.of(new RescueAction(o.description(), effect, Integer.parseInt(m.group(1)), false, false, false))
                        : Optional.empty();
            }
            case "distance" -> {
                return Optional.of(new RescueAction(o.description(), effect, null, true, false, false));
            }
            case "métiers" -> {
                return Optional.of(new RescueAction("Voir plus de métiers proches", o.description(), null, false, false, true));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    public static RescueAction radius(int km, String effect) {
        return new RescueAction("Élargir le rayon à " + km + " km", effect, km, false, false, false);
    }

    public static RescueAction liftMaxHours(String effect) {
        return new RescueAction("Lever la durée maximale", effect, null, false, true, false);
    }

    private static String effect(RescueOption o) {
        return FrenchFormats.number(o.trainings()) + " formation" + (o.trainings() > 1 ? "s" : "") + ", "
                + FrenchFormats.number(o.companies()) + " entreprise" + (o.companies() > 1 ? "s" : "") + ", "
                + FrenchFormats.number(o.occupations()) + " métier" + (o.occupations() > 1 ? "s" : "") + " au marché plus porteur";
    }
}
