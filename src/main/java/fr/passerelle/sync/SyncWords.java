package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The pieces a sync's sentences are made of, as messages of engine/words/sync*.properties: an instant in the time of
 * France, an age, a figure with the decimals {@link FrenchCounts} gives it. Rendered in French they are exactly
 * {@link FrenchDates} and {@link FrenchCounts} (SyncBundlesTest compares them), so the French texts did not change.
 */
public final class SyncWords {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private SyncWords() {
    }

    /** A text from the data or a server, said as it came. */
    public static Message data(String text) {
        return Message.of("sync.data", Param.label(String.valueOf(text)));
    }

    /** "1er décembre 2026 à 9 h 05" / "1 December 2026 at 9:05"; "jamais" / "never" for none. */
    public static Message dateTime(Instant instant) {
        if (instant == null) {
            return Message.of("sync.never");
        }
        ZonedDateTime t = instant.atZone(PARIS);
        return Message.of("sync.dateTime", Param.date(t.toLocalDate()), Param.code(Integer.toString(t.getHour())),
                Param.code(String.format(Locale.ROOT, "%02d", t.getMinute())));
    }

    /** "il y a 3 jours" / "3 days ago", as {@link FrenchDates#age}. */
    public static Message age(Instant then, Instant now) {
        if (then == null) {
            return Message.of("sync.never");
        }
        Duration d = Duration.between(then, now);
        if (d.toMinutes() < 1) {
            return Message.of("sync.age.now");
        }
        if (d.toHours() < 1) {
            return Message.of("sync.age.minutes", Param.number(d.toMinutes()));
        }
        if (d.toDays() < 1) {
            return Message.of("sync.age.hours", Param.number(d.toHours()));
        }
        return Message.of("sync.age.days", Param.number(d.toDays()));
    }

    /** A figure as {@link FrenchCounts#decimal}: one decimal when it has one, none when whole or large. */
    public static Param figure(double x) {
        if (Math.abs(x) >= 100 || x == Math.rint(x)) {
            return Param.number(Math.round(x));
        }
        return Param.decimal(new BigDecimal(String.format(Locale.ROOT, "%.1f", x)));
    }

    /** A ratio with two decimals, as {@code ×%.2f} printed it: {@code 0,45} / {@code 0.45}. */
    public static Param ratio(double x) {
        return Param.decimal(new BigDecimal(String.format(Locale.ROOT, "%.2f", x)));
    }

    /** A byte offset or a port, printed with its plain digits (a technical figure, as the servers write it). */
    public static Param digits(long n) {
        return Param.code(Long.toString(n));
    }
}
