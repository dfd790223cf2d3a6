package fr.passerelle.importer;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.words.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a CSV file, read by column name. Every accessor that parses says, when the value is wrong,
 * which file, line and column, and what it expected.
 */
public final class CsvRow {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");
    /** Patterns of {@link #matching}, compiled once (a national file asks the same few patterns millions of times). */
    private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final java.util.List<String> fields;

    CsvRow(String file, long line, Map<String, Integer> columns, java.util.List<String> fields) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    public long line() {
        return line;
    }

    public String where() {
        return file + ":" + line;
    }

    /** The raw value, trimmed; "" when empty. */
    public String raw(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalStateException("format bug: no column " + column + " in " + columns.keySet());
        }
        return fields.get(index).trim();
    }

    /** A value that must be present. */
    public String text(String column) throws ImportException {
        String value = raw(column);
        if (value.isEmpty()) {
            throw error(column, ImportWords.say("import.value.missing"));
        }
        return value;
    }

    /** A value that may be empty: null then. */
    public String optText(String column) {
        String value = raw(column);
        return value.isEmpty() ? null : value;
    }

    public RomeCode rome(String column) throws ImportException {
        String value = raw(column);
        if (!RomeCode.isValid(value)) {
            throw error(column, ImportWords.say("import.value.rome", value));
        }
        return new RomeCode(value);
    }

    public RomeCode optRome(String column) throws ImportException {
        return raw(column).isEmpty() ? null : rome(column);
    }

    /** A ROME code that must exist among the codes of the same export. */
    public RomeCode knownRome(String column, ReadContext context, KeySet set) throws ImportException {
        RomeCode code = rome(column);
        requireKnown(column, code.value(), context.keys(set), ImportWords.say("import.known.rome"));
        return code;
    }

    /** The same with the kind of code written in French ("code ROME"): said as written in every language. */
    public void requireKnown(String column, String value, Set<String> known, String what) throws ImportException {
        requireKnown(column, value, known, ImportWords.asWritten(what));
    }

    /** @param what the kind of code, said in the bundles ({@code import.known.*}) */
    public void requireKnown(String column, String value, Set<String> known, Message what) throws ImportException {
        if (!known.contains(value)) {
            throw error(column, ImportWords.say("import.value.unknown", what, value));
        }
    }

    public InseeCode insee(String column) throws ImportException {
        String value = raw(column);
        if (!InseeCode.isValid(value)) {
            throw error(column, ImportWords.say("import.value.insee", value));
        }
        return new InseeCode(value);
    }

    public int integer(String column) throws ImportException {
        String value = text(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(column, ImportWords.say("import.value.integer", value));
        }
    }

    public Integer optInteger(String column) throws ImportException {
        return raw(column).isEmpty() ? null : integer(column);
    }

    public int nonNegativeInteger(String column) throws ImportException {
        int value = integer(column);
        if (value < 0) {
            throw error(column, ImportWords.say("import.value.negative", value));
        }
        return value;
    }

    /** An indicator from 1 to 5, or null when empty. */
    public Integer optScore(String column) throws ImportException {
        Integer value = optInteger(column);
        if (value != null && (value < 1 || value > 5)) {
            throw error(column, ImportWords.say("import.value.score", value));
        }
        return value;
    }

    public double decimal(String column) throws ImportException {
        String value = text(column);
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed) || !DECIMAL.matcher(value).matches()) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error(column, ImportWords.say("import.value.decimal", value));
        }
    }

    public Double optDecimal(String column) throws ImportException {
        return raw(column).isEmpty() ? null : decimal(column);
    }

    public Double optNonNegativeDecimal(String column) throws ImportException {
        Double value = optDecimal(column);
        if (value != null && value < 0) {
            throw error(column, ImportWords.say("import.value.negative", value));
        }
        return value;
    }

    public BigDecimal percentage(String column) throws ImportException {
        String value = text(column);
        try {
            BigDecimal pct = new BigDecimal(value);
            if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error(column, ImportWords.say("import.value.percentRange", value));
            }
            return pct;
        } catch (NumberFormatException e) {
            throw error(column, ImportWords.say("import.value.percent", value));
        }
    }

    public LocalDate date(String column) throws ImportException {
        String value = text(column);
        try {
            // Some exports write midnight timestamps ("1983-03-01 00:00:00"): the date part is what counts.
            if (value.length() == 19 && value.charAt(10) == ' ') {
                return LocalDate.parse(value.substring(0, 10));
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(column, ImportWords.say("import.value.date", value));
        }
    }

    public LocalDate optDate(String column) throws ImportException {
        return raw(column).isEmpty() ? null : date(column);
    }

    /** A flag written O/N (oui/non), 1/0 or empty (= false). */
    public boolean flag(String column) throws ImportException {
        String value = raw(column);
        switch (value) {
            case "", "N", "n", "0", "non":
                return false;
            case "O", "o", "1", "oui", "Y":
                return true;
            default:
                throw error(column, ImportWords.say("import.value.flag", value));
        }
    }

    /** A value that must match a pattern, e.g. a NAF code. */
    /** @param expected what the value should be, said in the bundles ({@code import.expected.*}) */
    public String matching(String column, String regex, Message expected) throws ImportException {
        String value = raw(column);
        if (!PATTERNS.computeIfAbsent(regex, java.util.regex.Pattern::compile).matcher(value).matches()) {
            throw error(column, ImportWords.say("import.value.notA", value, expected));
        }
        return value;
    }

    /** Like {@link #matching} but empty is allowed (null). */
    public String optMatching(String column, String regex, Message expected) throws ImportException {
        return raw(column).isEmpty() ? null : matching(column, regex, expected);
    }

    /** The same with what is expected written in French ("un code NAF"): said as written in every language. */
    public String matching(String column, String regex, String expected) throws ImportException {
        return matching(column, regex, ImportWords.asWritten(expected));
    }

    public String optMatching(String column, String regex, String expected) throws ImportException {
        return optMatching(column, regex, ImportWords.asWritten(expected));
    }

    /** A problem of one column of this row: {@code colonne X : ...} / {@code column X: ...}. */
    public ImportException error(String column, Message problem) {
        return new ImportException(file, line, ImportWords.say("import.column", column, problem));
    }

    public ImportException error(Message problem) {
        return new ImportException(file, line, problem);
    }

    /** A problem written as a plain French text: said as written in every language (prefer a message). */
    public ImportException error(String column, String problem) {
        return error(column, ImportWords.asWritten(problem));
    }

    public ImportException error(String problem) {
        return new ImportException(file, line, problem);
    }
}
