package fr.passerelle.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A command's own refusal of what was typed (a missing or contradictory option, a value that is not a date, an unknown
 * place, a file that cannot be written): a key of {@code CliMessages*.properties} with its arguments, said in the run's
 * language, exit code 2. {@link #getMessage()} is the French text, byte for byte what the command line printed before
 * it spoke English, so that logs and the existing tests read the same.
 *
 * <p>The texts live in the command line's bundle, not in the core's ({@code engine/words}): nobody but the command
 * line says "--hours" or "--out". The refusals of the request itself (a radius, a level, a profile file) stay
 * {@code InvalidRequestException}s, said by the core's bundles.
 */
final class OptionRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    /** An argument said differently in each language (a date, an amount, a word); plain strings read the same in both. */
    @FunctionalInterface
    interface Said {
        String in(OutputWords words);
    }

    private final String key;
    private final transient List<Object> args;
    private final transient List<Object> suggestions;

    /** {@code args}: strings (data, options, what was typed) or {@link Said} figures. */
    OptionRefusal(String key, Object... args) {
        this(key, List.of(), args);
    }

    /** With suggestions, one a line under the refusal: strings from the data, or {@link Said} lines. */
    OptionRefusal(String key, List<?> suggestions, Object... args) {
        super(key);
        this.key = key;
        this.args = Arrays.asList(args.clone());
        this.suggestions = List.copyOf(suggestions);
    }

    /** A word of the bundle as an argument: "solde CPF" / "CPF balance". */
    static Said word(String key) {
        return w -> w.text(key);
    }

    /** A date as the run says it: "1er janvier 2027" / "1 January 2027". */
    static Said date(LocalDate date) {
        return w -> w.date(date);
    }

    /** The French text, as before English came. */
    @Override
    public String getMessage() {
        return text(OutputWords.FRENCH);
    }

    String text(OutputWords words) {
        return words.text(key, args.stream().map(a -> say(a, words)).toArray());
    }

    List<String> suggestions(OutputWords words) {
        return suggestions.stream().map(s -> say(s, words)).toList();
    }

    private static String say(Object value, OutputWords words) {
        return value instanceof Said said ? said.in(words) : String.valueOf(value);
    }
}
