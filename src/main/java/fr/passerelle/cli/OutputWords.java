package fr.passerelle.cli;

import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The command line's own output in the run's language: its sentences from {@code CliMessages*.properties} and its
 * figures in that language's format. French goes through {@link FrenchFormats} (so that the French output stays what
 * it always was: {@code 4 600 €}, {@code 7,5 km}); English through the engine's renderer ({@code €4,600},
 * {@code 7.5 km}), the same formats as the English reasons. Arguments of {@link #text} are already formatted
 * strings: MessageFormat would group numbers with the JVM's own (narrow no-break) space.
 */
final class OutputWords {
    static final OutputWords FRENCH = new OutputWords(CliLanguage.FRENCH);

    private final CliLanguage language;
    private final MessageRenderer in;

    OutputWords(CliLanguage language) {
        this.language = language;
        this.in = language.reasons();
    }

    boolean english() {
        return language == CliLanguage.ENGLISH;
    }

    /** How the engine's reasons and other messages are said. */
    MessageRenderer reasons() {
        return in;
    }

    Locale locale() {
        return in.locale();
    }

    String text(String key, Object... args) {
        return language.text(key, args);
    }

    String number(long value) {
        return english() ? in.format(Param.number(value)) : FrenchFormats.number(value);
    }

    String decimal(double value, int maxDecimals) {
        return english() ? in.format(Param.decimal(BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros()))
                : FrenchFormats.decimal(value, maxDecimals);
    }

    String money(long cents) {
        return english() ? in.format(Param.money(cents)) : FrenchFormats.money(cents);
    }

    String km(double km) {
        return english() ? decimal(km, 1) + " km" : FrenchFormats.km(km);
    }

    String hours(long hours) {
        return english() ? in.format(Param.hours(hours)) : FrenchFormats.hours(hours);
    }

    String date(LocalDate date) {
        return english() ? in.format(Param.date(date)) : FrenchFormats.date(date);
    }

    /** A size in kilo-octets / kilobytes: "12 345 Ko", "12,345 KB". */
    String kiloBytes(long bytes) {
        return english() ? number(bytes / 1024) + " KB" : FrenchFormats.kiloBytes(bytes);
    }

    /** A size in mega-octets / megabytes with one decimal: "13,8 Mo", "13.8 MB". */
    String megaBytes(long bytes) {
        return english() ? decimal(bytes / 1e6, 1) + " MB" : FrenchFormats.megaBytes(bytes);
    }

    /** A duration in seconds with one decimal: "12,3 s", "12.3 s". */
    String seconds(java.time.Duration duration) {
        return english() ? decimal(duration.toMillis() / 1000.0, 1) + " s" : FrenchFormats.seconds(duration);
    }

    /** An instant in the machine's zone: "1er décembre 2026 à 07:14", "1 December 2026 at 07:14". */
    String dateTime(java.time.Instant instant) {
        if (!english()) {
            return FrenchFormats.dateTime(instant);
        }
        var local = instant.atZone(java.time.ZoneId.systemDefault());
        return date(local.toLocalDate()) + " at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    /** A level of the national framework: "bac" / "baccalauréat (level 4)". */
    String level(int framework, String frenchLabel) {
        return english() ? in.format(Param.level(framework)) : frenchLabel;
    }

    /** The separator of a list of items from the data: " ; " in French, "; " in English. */
    String listSeparator() {
        return in.pattern("list.separator");
    }
}
