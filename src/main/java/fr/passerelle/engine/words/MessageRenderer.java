package fr.passerelle.engine.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Says a {@link Message} in French (the default) or English, with each language's formats: {@code 13 120},
 * {@code 4 600 €}, {@code 1er décembre 2026}, {@code 0,85} in French; {@code 13,120}, {@code €4,600},
 * {@code 1 December 2026}, {@code 0.85} in English. Thousands are grouped with a plain space in French, as the command
 * line and the PDF print them (the JDK's U+202F shows as a box in some terminals).
 *
 * <p>The bundle texts are plain: {@code {0}} is parameter 0, and {@code {0?singular|plural}} chooses a word by the
 * number in parameter 0 (French reads 0 and 1 as singular, English only 1). Apostrophes are literal.
 */
public final class MessageRenderer {
    /**
     * The bundles a key is looked up in, in turn; same syntax in each, keys of their own. One line a bundle, so that a
     * new family of messages adds one line here and one pair of files.
     */
    private static final List<String> BUNDLES = List.of(new String[] {
        "fr.passerelle.engine.words.reasons", // the engine's reasons
        "fr.passerelle.engine.words.requests", // a request's refusals (a radius out of range, an unknown job title…)
        "fr.passerelle.engine.words.trainings", // funding and training texts (who pays, what is left, the rows)
        "fr.passerelle.engine.words.personal", // the personal data: passphrase, key file, encrypted store, profiles
        "fr.passerelle.engine.words.sync", // a synchronisation's report, refusals and network errors
        "fr.passerelle.engine.words.imports", // the importers' and the cache's located errors (file:line: what is wrong)
    });
    private static final MessageRenderer FRENCH = new MessageRenderer(Locale.FRENCH, ' ');
    private static final MessageRenderer ENGLISH = new MessageRenderer(Locale.ENGLISH, ' ');
    private static final MessageRenderer FRENCH_WINDOW = new MessageRenderer(Locale.FRENCH, '\u00A0');
    private static final MessageRenderer ENGLISH_WINDOW = new MessageRenderer(Locale.ENGLISH, '\u00A0');

    private final boolean english;
    private final List<ResourceBundle> bundles;
    private final DateTimeFormatter monthYear;
    /** The space inside a figure ({@code 4 600 €}, {@code 7,5 km}): plain, or no-break for the window. */
    private final char space;

    private MessageRenderer(Locale locale, char space) {
        this.english = locale.getLanguage().equals("en");
        this.space = space;
        // No fallback to the JVM's default locale: French is the base file, English only when asked for.
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, english ? Locale.ENGLISH : Locale.ROOT, noFallback))
                .toList();
        this.monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", english ? Locale.ENGLISH : Locale.FRENCH);
    }

    /** The bundles' base names, in the order a key is looked up (their tests walk every family). */
    static List<String> bundleNames() {
        return BUNDLES;
    }

    public static MessageRenderer french() {
        return FRENCH;
    }

    public static MessageRenderer english() {
        return ENGLISH;
    }

    /** English for an English locale, French for every other one (French stays the default). */
    public static MessageRenderer of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    public Locale locale() {
        return english ? Locale.ENGLISH : Locale.FRENCH;
    }

    public boolean isEnglish() {
        return english;
    }

    /**
     * The same language with a no-break space (U+00A0) inside figures ({@code 4 600 €}, {@code 1 200 h}), as the window
     * writes them so that an amount never breaks across two lines (ui/common/FrenchFormats does the same).
     */
    public MessageRenderer noBreakSpaces() {
        return english ? ENGLISH_WINDOW : FRENCH_WINDOW;
    }

    /** The text of the key in the first bundle that has it; a key missing from the files is a bug, so it throws. */
    public String pattern(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new MissingResourceException("no message " + key + " in " + BUNDLES, BUNDLES.get(0), key);
    }

    public String render(Message message) {
        String pattern = pattern(message.key());
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String inside = pattern.substring(i + 1, close);
            int choice = inside.indexOf('?');
            int index = Integer.parseInt(choice < 0 ? inside : inside.substring(0, choice));
            if (index >= message.params().size()) {
                throw new IllegalArgumentException(message.key() + ": no parameter " + index);
            }
            Param p = message.params().get(index);
            out.append(choice < 0 ? format(p) : plural(p, inside.substring(choice + 1), message.key()));
            i = close + 1;
        }
        return out.toString();
    }

    /** One parameter alone, in this language. */
    public String format(Param p) {
        // Java 17: no pattern matching in switch yet, so one test per type (the interface is sealed: nothing else comes).
        if (p instanceof Param.Number n) {
            return number(n.value());
        } else if (p instanceof Param.Decimal d) {
            return decimal(d.value());
        } else if (p instanceof Param.Percent pc) {
            return (pc.plus() ? "+" : "") + String.format(Locale.ROOT, "%.0f", pc.value()) + (english ? "%" : space + "%");
        } else if (p instanceof Param.Money m) {
            return money(m.cents());
        } else if (p instanceof Param.Km k) {
            return number(k.value()) + space + "km";
        } else if (p instanceof Param.Hours h) {
            return number(h.value()) + space + "h";
        } else if (p instanceof Param.Year y) {
            return Integer.toString(y.value());
        } else if (p instanceof Param.Date d) {
            return d.value() == null ? pattern("date.unknown")
                    : (d.value().getDayOfMonth() == 1 && !english ? "1er" : Integer.toString(d.value().getDayOfMonth())) + " "
                            + monthYear.format(d.value());
        } else if (p instanceof Param.Code code) {
            return code.value();
        } else if (p instanceof Param.Label label) {
            return label.value();
        } else if (p instanceof Param.Level level) {
            return pattern("level." + Math.max(2, Math.min(8, level.framework())));
        } else if (p instanceof Param.Nested nested) {
            return render(nested.message());
        }
        Param.Joined joined = (Param.Joined) p;
        return String.join(pattern("list.separator"), joined.messages().stream().map(this::render).toList());
    }

    private String plural(Param p, String words, String key) {
        int bar = words.indexOf('|');
        if (!(p instanceof Param.Number n) || bar < 0) {
            throw new IllegalArgumentException(key + ": a choice needs a number and two words");
        }
        boolean one = english ? n.value() == 1 : Math.abs(n.value()) <= 1;
        return one ? words.substring(0, bar) : words.substring(bar + 1);
    }

    private String number(long value) {
        return decimal(BigDecimal.valueOf(value));
    }

    private String money(long cents) {
        String amount = decimal(BigDecimal.valueOf(cents, 2).setScale(cents % 100 == 0 ? 0 : 2, RoundingMode.UNNECESSARY));
        return english ? (amount.startsWith("-") ? "-€" + amount.substring(1) : "€" + amount) : amount + space + "€";
    }

    /** The plain digits of the value with the language's grouping and decimal mark. */
    private String decimal(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(english ? ',' : space);
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(english ? '.' : ',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }
}
