package fr.passerelle.ui.common;

import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.time.LocalDate;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts (fr/passerelle/ui/messages.properties, French first; English beside). */
public final class Messages {
    private final ResourceBundle bundle;
    private final MessageRenderer reasons;

    public Messages(Locale locale) {
        this.reasons = MessageRenderer.of(locale);
        // No fallback to the JVM default locale: French (the base bundle) unless English is asked for.
        this.bundle = ResourceBundle.getBundle("fr.passerelle.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The French texts. */
    public static Messages french() {
        return new Messages(Locale.FRENCH);
    }

    /** How the engine's reasons are said in this language (engine/words/reasons*.properties). */
    public MessageRenderer reasons() {
        return reasons;
    }

    /** English when the window speaks English, French otherwise. */
    public Locale locale() {
        return reasons.locale();
    }

    /** A whole number for people: {@code 13 120} in French (the window's own format), {@code 13,120} in English. */
    public String number(long value) {
        return english() ? reasons.format(Param.number(value)) : FrenchFormats.number(value);
    }

    /** A decimal with at most {@code maxDigits} decimals: {@code 2,1} / {@code 2.1}. */
    public String decimal(double value, int maxDigits) {
        return english() ? reasons.format(Param.decimal(java.math.BigDecimal.valueOf(value)
                .setScale(maxDigits, java.math.RoundingMode.HALF_UP).stripTrailingZeros()))
                : FrenchFormats.decimal(value, maxDigits);
    }

    /** A change in percent: {@code +85 %} / {@code +85%}. */
    public String signedPercent(double value) {
        long rounded = Math.round(value);
        return english() ? (rounded > 0 ? "+" : "") + reasons.format(Param.number(rounded)) + "%" : FrenchFormats.signedPercent(value);
    }

    /** True when this window speaks English (for the few plural rules written in code). */
    public boolean isEnglish() {
        return english();
    }

    /** An amount for people: {@code 4 600 €} in French (the window's own format), {@code €4,600} in English. */
    public String money(long cents) {
        return english() ? reasons.format(Param.money(cents)) : FrenchFormats.money(cents);
    }

    /** A distance to a tenth of a km: {@code 3,4 km} / {@code 3.4 km} (a no-break space before the unit). */
    public String distance(double km) {
        return english() ? decimal(km, 1) + "\u00A0km" : FrenchFormats.distance(km);
    }

    /** A length of training: {@code 1 200 h} / {@code 1,200 h}. */
    public String hours(int hours) {
        return english() ? reasons.format(Param.hours(hours)) : FrenchFormats.hours(hours);
    }

    /** A day: {@code 1er décembre 2026} / {@code 1 December 2026}. */
    public String date(LocalDate date) {
        return english() ? reasons.format(Param.date(date)) : FrenchFormats.date(date);
    }

    /** A level of the national framework, named in this language. */
    public String level(int framework) {
        return reasons.format(Param.level(framework));
    }

    private boolean english() {
        return reasons == MessageRenderer.english();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        // Texts are written as read (d'exemple), also for FXML: apostrophes are literal, never MessageFormat quotes.
        return args.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), bundle.getLocale()).format(args);
    }
}
