package fr.passerelle.importer;

import fr.passerelle.domain.company.Siret;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * The importers' sentences as messages of {@code engine/words/imports.properties} (French, the command line's
 * historical texts) and {@code imports_en.properties}. Values read from the files (a code, a field, a count) are
 * printed exactly as found, never regrouped: {@code 12345} stays {@code 12345} in both languages, as the French
 * messages always printed it.
 */
public final class ImportWords {
    private ImportWords() {
    }

    /**
     * The message of {@code key}; each value becomes a parameter: a {@link Message} is said in the same language, a
     * {@link Param} keeps its type, anything else is printed as written ({@code String.valueOf}).
     */
    public static Message say(String key, Object... values) {
        List<Param> params = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v instanceof Message m) {
                params.add(Param.of(m));
            } else if (v instanceof Param p) {
                params.add(p);
            } else {
                params.add(Param.label(String.valueOf(v)));
            }
        }
        return new Message(key, params);
    }

    /** A text from outside the bundles (a parser's own words, a system error) said as written in every language. */
    public static Message asWritten(String text) {
        return say("import.text", text == null ? "" : text);
    }

    /**
     * What a value check said: its message when it is an {@link InvalidValueException}, the exception's text as
     * written otherwise (a domain record's or a library's message).
     */
    public static Message of(Throwable e) {
        return e instanceof InvalidValueException invalid ? invalid.said() : asWritten(e.getMessage());
    }

    /** Why a SIRET is refused ({@link Siret#flaw}), as words; null for a valid SIRET. */
    public static Message siretProblem(String value) {
        Siret.Flaw flaw = Siret.flaw(value);
        if (flaw == null) {
            return null;
        }
        return switch (flaw) {
            case DIGITS -> say("import.siret.digits", value);
            case SIREN_KEY -> say("import.siret.siren", value, value.substring(0, 9));
            case LA_POSTE_SUM -> say("import.siret.laPoste", value);
            case LUHN -> say("import.siret.luhn", value);
        };
    }

    /** A value refused by a parser of the importers, said by the bundles (thrown, caught and placed by the caller). */
    public static InvalidValueException invalid(String key, Object... values) {
        return new InvalidValueException(say(key, values));
    }
}
