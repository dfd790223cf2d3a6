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

/**
 * {@code profiles show} in French, or English with {@code --lang en}: the profile as typed, the notes, where the last
 * interview ended. What the counsellor typed (job, commune, level, status, allocation) and what the saved path holds
 * (occupation, training, funding sentence) are shown as written.
 */
final class ProfileText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private ProfileText() {
    }

    static String date(Instant instant, Clock clock) {
        LocalDate day = LocalDate.ofInstant(instant, clock.getZone());
        // French writes the first of the month as an ordinal: "1er décembre 2026".
        return day.getDayOfMonth() == 1 ? "1er" + DATE.format(day).substring(1) : DATE.format(day);
    }

    /** A day in the run's language: French as {@link #date(Instant, Clock)}, English as {@code 2 March 2026}. */
    static String date(Instant instant, Clock clock, OutputWords w) {
        return w.english() ? w.date(LocalDate.ofInstant(instant, clock.getZone())) : date(instant, clock);
    }

    static String describe(StoredProfile p, SavedPath last, Clock clock) {
        return describe(p, last, clock, OutputWords.FRENCH);
    }

    static String describe(StoredProfile p, SavedPath last, Clock clock, OutputWords w) {
        PathRequest r = p.request();
        StringBuilder b = new StringBuilder();
        b.append(p.name() == null ? w.text("profile.noName") : p.name()).append("  [").append(p.id()).append("]\n");
        b.append(w.text("profile.dates", date(p.created(), clock, w), date(p.updated(), clock, w))).append('\n');
        line(b, w, "profile.job", r.job() != null ? r.job() + (r.rome() != null ? " (" + r.rome() + ")" : "") : r.rome());
        line(b, w, "profile.commune", r.commune());
        line(b, w, "profile.radius", r.radiusKm() == null ? null : r.radiusKm() + " km");
        line(b, w, "profile.level", r.level());
        line(b, w, "profile.maxHours", r.maxHours() == null ? null : w.hours(r.maxHours()));
        line(b, w, "profile.cpf", r.cpfEuros() == null ? null : w.money(r.cpfEuros().movePointRight(2).longValue()));
        line(b, w, "profile.budget", r.budgetEuros() == null ? null : w.money(r.budgetEuros().movePointRight(2).longValue()));
        line(b, w, "profile.remote", r.remote() == null ? null : w.text(r.remote() ? "profile.remote.yes" : "profile.remote.no"));
        line(b, w, "profile.status", r.status());
        line(b, w, "profile.age", r.age() == null ? null : w.text("profile.age.years", String.valueOf(r.age())));
        line(b, w, "profile.allocation", r.allocation() == null ? null
                : r.allocation() + (r.allocationEnd() == null ? "" : w.text("profile.allocation.until",
                        w.english() ? w.date(LocalDate.parse(r.allocationEnd())) : DATE.format(LocalDate.parse(r.allocationEnd())))));
        if (!p.notes().isEmpty()) {
            b.append(w.text("profile.notes")).append('\n');
            for (ProfileNote n : p.notes()) {
                b.append("  ").append(w.text("profile.note", date(n.written(), clock, w), n.text())).append('\n');
            }
        }
        if (last == null) {
            b.append(w.text("profile.noPath")).append('\n');
        } else {
            b.append(w.text("profile.lastPath", date(last.savedAt(), clock, w), last.occupation(), last.rome()));
            if (last.training() != null) {
                b.append(w.text("profile.lastPath.training", last.training()));
            }
            b.append('\n');
            line(b, w, "profile.funding", last.funding());
            line(b, w, "profile.dataAsOf", last.dataAsOf());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, OutputWords w, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append(w.text("profile.line", w.text(key), value)).append('\n');
        }
    }
}
