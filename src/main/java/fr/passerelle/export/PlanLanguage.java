package fr.passerelle.export;

import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language an action plan is written in: its own sentences ({@code fr/passerelle/export/plan.properties}, French,
 * and {@code plan_en.properties}), the engine's reasons through the {@link MessageRenderer}, and each language's
 * formats. French keeps {@link FrenchFormat} exactly (thin space between thousands, {@code 4 600 €}, {@code 1er mars
 * 2027}), so that a French plan is the same, byte for byte, as before English existed; English writes {@code €4,600},
 * {@code 1 March 2027}, {@code 7.5 km}.
 *
 * <p>Bundle texts are plain: {@code {0}} is argument 0 (already formatted), apostrophes are literal.
 */
public enum PlanLanguage {
    FRENCH(Locale.FRENCH), ENGLISH(Locale.ENGLISH);

    private static final String BUNDLE = "fr.passerelle.export.plan";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final MessageRenderer reasons;

    PlanLanguage(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: French is the base file, English only when asked for.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.reasons = MessageRenderer.of(locale);
    }

    /** English for an English locale, French for any other (French stays the default). */
    public static PlanLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return this == ENGLISH;
    }

    /** How the engine's reasons and messages are said in this language. */
    public MessageRenderer reasons() {
        return reasons;
    }

    /** The sentence of {@code key} with its arguments put in place of {0}, {1}...; a missing key is a bug: it throws. */
    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                out.append(args[Integer.parseInt(pattern.substring(i + 1, close))]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code key.one} for one, {@code key.many} otherwise (French reads 0 as singular too, English only 1). */
    public String count(String key, long n, Object... args) {
        boolean one = english() ? n == 1 : Math.abs(n) <= 1;
        Object[] all = new Object[args.length + 1];
        all[0] = integer(n);
        System.arraycopy(args, 0, all, 1, args.length);
        return t(key + (one ? ".one" : ".many"), all);
    }

    public String money(long cents) {
        return english() ? reasons.format(Param.money(cents)) : FrenchFormat.money(cents);
    }

    public String integer(long n) {
        return english() ? reasons.format(Param.number(n)) : FrenchFormat.integer(n);
    }

    /** 7.46 → "7,5 km" / "7.5 km": one decimal at most. */
    public String km(double km) {
        if (!english()) {
            return FrenchFormat.km(km);
        }
        BigDecimal rounded = BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return reasons.format(Param.decimal(rounded.scale() < 0 ? rounded.setScale(0) : rounded)) + FrenchFormat.NBSP + "km";
    }

    /** "525 heures" / "525 hours". */
    public String hours(int hours) {
        return english() ? integer(hours) + FrenchFormat.NBSP + (hours == 1 ? "hour" : "hours") : FrenchFormat.hours(hours);
    }

    /** "4 janvier 2027" / "4 January 2027". */
    public String date(LocalDate date) {
        return english() ? reasons.format(Param.date(date)) : FrenchFormat.date(date);
    }

    /** "du 4 janvier 2027 au 30 juin 2027" / "from 4 January 2027 to 30 June 2027"; null when no date is known. */
    public String period(LocalDate start, LocalDate end) {
        if (!english()) {
            return FrenchFormat.period(start, end);
        }
        if (start == null) {
            return end == null ? null : "until " + date(end);
        }
        return end == null ? "from " + date(start) : "from " + date(start) + " to " + date(end);
    }

    /** The PDF's language tag. */
    public String tag() {
        return english() ? "en-GB" : "fr-FR";
    }
}
