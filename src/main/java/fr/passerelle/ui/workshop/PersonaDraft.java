package fr.passerelle.ui.workshop;

import fr.passerelle.app.PathRequest;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import java.math.BigDecimal;
import java.util.Optional;

/** A new persona as typed in the workshop's form (text fields), checked field by field before anything is saved. */
public record PersonaDraft(String name, String description, String job, String commune, String radiusKm, String level,
                           String cpfEuros, String budgetEuros) {

    /** The first field that is wrong, said in the window's language; empty when the draft can be checked against the data. */
    public Optional<String> problem(Messages messages) {
        if (blank(name)) {
            return Optional.of(messages.get("workshop.persona.field.name"));
        }
        if (blank(job)) {
            return Optional.of(messages.get("workshop.persona.field.job"));
        }
        if (blank(commune)) {
            return Optional.of(messages.get("workshop.persona.field.commune"));
        }
        if (!blank(radiusKm) && FrenchFormats.parseWhole(radiusKm).filter(r -> r >= 0).isEmpty()) {
            return Optional.of(messages.get("workshop.persona.field.radius", radiusKm));
        }
        for (String amount : new String[] {cpfEuros, budgetEuros}) {
            if (!blank(amount) && FrenchFormats.parseEuros(amount).filter(a -> a.signum() >= 0).isEmpty()) {
                return Optional.of(messages.get("workshop.persona.field.amount", amount));
            }
        }
        return Optional.empty();
    }

    /** The request the persona file holds (only call once {@link #problem} is empty). */
    public PathRequest request() {
        Integer radius = blank(radiusKm) ? PathRequest.DEFAULT_RADIUS_KM : FrenchFormats.parseWhole(radiusKm).orElseThrow();
        return new PathRequest(job.strip(), null, commune.strip(), radius, blank(level) ? null : level.strip(), null,
                euros(cpfEuros), euros(budgetEuros), Boolean.FALSE, name.strip());
    }

    private static BigDecimal euros(String text) {
        return blank(text) ? null : FrenchFormats.parseEuros(text).orElseThrow();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
