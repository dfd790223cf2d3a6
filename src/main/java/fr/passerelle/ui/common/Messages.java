package fr.passerelle.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts (fr/passerelle/ui/messages.properties, French first; English beside). */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        // No fallback to the JVM default locale: French (the base bundle) unless English is asked for.
        this.bundle = ResourceBundle.getBundle("fr.passerelle.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The French texts. */
    public static Messages french() {
        return new Messages(Locale.FRENCH);
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
