package fr.passerelle.cli;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.ProfileNote;
import fr.passerelle.app.profile.SavedPath;
import fr.passerelle.app.profile.StoredProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code profiles show} in French: the profile as typed, the notes, where the last interview ended. */
final class ProfileText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private ProfileText() {
    }

    static String date(Instant instant, Clock clock) {
        LocalDate day = LocalDate.ofInstant(instant, clock.getZone());
        // French writes the first of the month as an ordinal: "1er décembre 2026".
        return day.getDayOfMonth() == 1 ? "1er" + DATE.format(day).substring(1) : DATE.format(day);
    }

    static String describe(StoredProfile p, SavedPath last, Clock clock) {
        PathRequest r = p.request();
        StringBuilder b = new StringBuilder();
        b.append(p.name() == null ? "(sans nom)" : p.name()).append("  [").append(p.id()).append("]\n");
        b.append("Créé le ").append(date(p.created(), clock)).append(", dernière activité le ").append(date(p.updated(), clock)).append('\n');
        line(b, "Métier actuel", r.job() != null ? r.job() + (r.rome() != null ? " (" + r.rome() + ")" : "") : r.rome());
        line(b, "Commune", r.commune());
        line(b, "Rayon", r.radiusKm() == null ? null : r.radiusKm() + " km");
        line(b, "Niveau", r.level());
        line(b, "Durée de formation au plus", r.maxHours() == null ? null : FrenchFormats.hours(r.maxHours()));
        line(b, "Solde CPF", r.cpfEuros() == null ? null : FrenchFormats.money(r.cpfEuros().movePointRight(2).longValue()));
        line(b, "Peut payer", r.budgetEuros() == null ? null : FrenchFormats.money(r.budgetEuros().movePointRight(2).longValue()));
        line(b, "Formation à distance", r.remote() == null ? null : r.remote() ? "acceptée" : "non");
        line(b, "Situation", r.status());
        line(b, "Âge", r.age() == null ? null : r.age() + " ans");
        line(b, "Allocation", r.allocation() == null ? null
                : r.allocation() + (r.allocationEnd() == null ? "" : " jusqu'au " + DATE.format(LocalDate.parse(r.allocationEnd()))));
        if (!p.notes().isEmpty()) {
            b.append("Notes :\n");
            for (ProfileNote n : p.notes()) {
                b.append("  ").append(date(n.written(), clock)).append(" : ").append(n.text()).append('\n');
            }
        }
        if (last == null) {
            b.append("Aucun parcours enregistré.\n");
        } else {
            b.append("Dernier parcours enregistré le ").append(date(last.savedAt(), clock)).append(" : métier visé ")
                    .append(last.occupation()).append(" (").append(last.rome()).append(")");
            if (last.training() != null) {
                b.append(", formation ").append(last.training());
            }
            b.append('\n');
            line(b, "Financement", last.funding());
            line(b, "Données du", last.dataAsOf());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(label).append(" : ").append(value).append('\n');
        }
    }
}
