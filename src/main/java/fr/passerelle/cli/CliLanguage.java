package fr.passerelle.cli;

import fr.passerelle.engine.words.MessageRenderer;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The language of picocli's own texts, of the usage help and of the command line's errors: French, or English when
 * {@code --lang en} is given or, at the console entry only, when the POSIX locale variables ask for English. The French
 * descriptions of commands and options are the annotations; picocli replaces them by the English ones of
 * {@code CliMessages_en.properties} (keys {@code passerelle.<command>.<option>}) when this bundle is English.
 */
enum CliLanguage {
    FRENCH(Locale.FRENCH), ENGLISH(Locale.ENGLISH);

    private static final String BUNDLE = "fr.passerelle.cli.CliMessages";

    private final Locale locale;
    private final ResourceBundle bundle;

    CliLanguage(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: a JVM started in English must still read the French base file.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** How the engine's reasons are said in this language. */
    MessageRenderer reasons() {
        return MessageRenderer.of(locale);
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The message of {@code key} with its arguments (MessageFormat: an apostrophe is written twice in the files). */
    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * A value label of the help ({@code DOSSIER}, {@code TEXTE}) in this language: English from the key
     * {@code passerelle.label.<LABEL>} of CliMessages_en.properties, or the label as written (French, or the same in
     * both languages: {@code N}, {@code EUROS}).
     */
    String label(String label) {
        String key = "passerelle.label." + label;
        return this == ENGLISH && bundle.containsKey(key) ? bundle.getString(key) : label;
    }

    /**
     * {@code --lang en|fr} (or {@code --lang=en}) anywhere on the line wins; otherwise {@code LC_ALL}, then
     * {@code LC_MESSAGES}, then {@code LANG}, as POSIX orders them: English when the first one set starts with "en".
     */
    static CliLanguage choose(List<String> args, Map<String, String> environment) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            String value = a.startsWith("--lang=") ? a.substring(7) : a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
            }
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
            }
        }
        return FRENCH;
    }
}
