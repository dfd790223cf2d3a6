package fr.passerelle.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An official CSV format: its file name, its header and how a row becomes records. Reading is streaming
 * (FastCSV, one row in memory at a time), strict UTF-8 and strict CSV: a wrong field count, a stray quote or a
 * byte that is not UTF-8 stops the import with the file and line.
 */
public final class CsvFormat implements DatasetFormat {
    /**
     * What the decoder puts for bytes that are not UTF-8: U+FFFF, a non-character that no real text contains
     * (unlike U+FFFD, which some exports carry literally, e.g. La Bonne Boite's "www.identit\uFFFDs.eu").
     */
    private static final char REPLACEMENT = '\uFFFF';

    private final String kind;
    private final String label;
    private final int order;
    private final Pattern fileName;
    private final List<String> header;
    private final RowMapper mapper;
    private final Function<Path, String> scope;
    private final Function<Path, String> version;

    private CsvFormat(Builder b) {
        this.kind = Objects.requireNonNull(b.kind);
        this.label = Objects.requireNonNull(b.label);
        this.order = b.order;
        this.fileName = Objects.requireNonNull(b.fileName);
        this.header = List.copyOf(b.header);
        this.mapper = Objects.requireNonNull(b.mapper);
        this.scope = b.scope;
        this.version = b.version;
    }

    public static Builder builder(String kind, String label) {
        return new Builder(kind, label);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int order() {
        return order;
    }

    public List<String> header() {
        return header;
    }

    @Override
    public boolean matchesName(String name) {
        return fileName.matcher(name).matches();
    }

    @Override
    public boolean matchesHeader(List<String> candidate) {
        return candidate.equals(header);
    }

    @Override
    public String scope(Path file) {
        return scope.apply(file);
    }

    @Override
    public String version(Path file) {
        return version.apply(file);
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        StrayQuotes strayQuotes = new StrayQuotes();
        try (ProgressInputStream in = ProgressInputStream.open(file);
             Reader reader = withoutByteOrderMark(new InputStreamReader(in, strictUtf8()));
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .fieldSeparator(',')
                     .quoteCharacter('"')
                     .skipEmptyLines(true)
                     .ignoreDifferentFieldCount(true)   // checked below, to report it our way
                     .acceptCharsAfterQuotes(false)     // `"abc"x` is bad quoting, not data
                     .build(CsvRecordHandler.builder().fieldModifier(strayQuotes).build(), reader)) {
            Map<String, Integer> columns = null;
            long lastLine = 0;
            List<String> lastFields = List.of();
            try {
                for (CsvRecord record : csv) {
                    lastLine = record.getStartingLineNumber();
                    List<String> fields = record.getFields();
                    lastFields = fields;
                    strayQuotes.check(name, lastLine);
                    checkEncoding(name, lastLine, fields);
                    if (columns == null) {
                        columns = readHeader(name, fields);
                        continue;
                    }
                    if (fields.size() != columns.size()) {
                        throw new ImportException(name, lastLine, fields.size() + " champs alors que l'en-tête en a "
                                + columns.size() + " (séparateur ou guillemet mal placé ?)");
                    }
                    context.countRead();
                    mapper.map(new CsvRow(name, lastLine, columns, fields), context);
                    if ((context.read() & 0x3FF) == 0) {
                        context.progress(in.position(), in.size());
                    }
                }
            } catch (CsvParseException e) {
                throw new ImportException(name, startLine(e, lastLine + 1), "CSV mal formé : " + rootMessage(e));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // A domain record refused a value its compact constructor checks (or a number out of its range).
                throw new ImportException(name, lastLine, e.getMessage());
            }
            if (unclosedQuoteAtEnd(lastFields, in)) {
                throw new ImportException(name, lastLine, "guillemet ouvert jamais fermé : le champ court jusqu'à la fin du fichier");
            }
            if (columns == null) {
                throw new ImportException(name, 1, "fichier vide : l'en-tête " + String.join(",", header) + " est attendu");
            }
            if (context.read() == 0) {
                // An export cut after its first line would otherwise empty the dataset it replaces.
                throw new ImportException(name, 1, "en-tête seul, aucune ligne de données : le fichier semble tronqué ;"
                        + " il n'est pas importé (il viderait « " + label + " »)");
            }
            context.progress(in.size(), in.size());
        } catch (IOException e) {
            throw new ImportException(name, 0, "lecture impossible : " + e.getMessage());
        }
    }

    /** Skips a UTF-8 byte-order mark, so that a quoted first header cell is read as quoted. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * A quote inside a field that is not quoted ({@code 12077",Chef"}) is bad quoting, which the parser would keep
     * as text: noted while fields are read (only the parser knows which were quoted) and reported with the line.
     */
    private static final class StrayQuotes implements FieldModifier {
        private int field = -1;
        private String value;

        @Override
        public String modify(long startingLineNumber, int fieldIdx, boolean quoted, String text) {
            if (!quoted && field < 0 && text.indexOf('"') >= 0) {
                field = fieldIdx;
                value = text;
            }
            return text;
        }

        void check(String name, long line) throws ImportException {
            if (field >= 0) {
                throw new ImportException(name, line, "guillemet isolé dans le champ " + (field + 1) + " (« " + value.strip()
                        + " ») : un champ qui contient des guillemets doit être entre guillemets, ses guillemets doublés");
            }
        }
    }

    private Map<String, Integer> readHeader(String name, List<String> fields) throws ImportException {
        List<String> found = fields.stream().map(CsvFormat::cleanHeader).toList();
        if (!found.equals(header)) {
            throw new ImportException(name, 1, "en-tête inattendu pour « " + label + " » : " + String.join(",", found)
                    + " ; attendu : " + String.join(",", header));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            columns.put(found.get(i), i);
        }
        return columns;
    }

    /** Header cells without a UTF-8 byte-order mark or surrounding blanks. */
    static String cleanHeader(String cell) {
        String c = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
        return c.trim();
    }

    private static void checkEncoding(String name, long line, List<String> fields) throws ImportException {
        for (String field : fields) {
            if (field.indexOf(REPLACEMENT) >= 0) {
                throw new ImportException(name, line, "octets invalides en UTF-8 (« " + field.strip()
                        + " ») : le fichier doit être en UTF-8 ; réencodez-le (il est peut-être en Windows-1252)");
            }
        }
    }

    /** Decodes UTF-8 marking bad bytes with {@link #REPLACEMENT}, which {@link #checkEncoding} reports with the line. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
    }

    private static final java.util.regex.Pattern STARTED_IN_LINE = java.util.regex.Pattern.compile("started in line (\\d+)");

    /** FastCSV says where the broken record started ("...record that started in line N"); else the fallback. */
    static long startLine(CsvParseException e, long fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = t.getMessage() == null ? null : STARTED_IN_LINE.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return fallback;
    }

    /**
     * FastCSV accepts a quoted field left open at the end of the file (it runs to the end): a last record whose last
     * field holds a line break while the file does not end with a closing quote is that case.
     */
    private static boolean unclosedQuoteAtEnd(List<String> fields, ProgressInputStream in) {
        if (fields.isEmpty()) {
            return false;
        }
        String last = fields.get(fields.size() - 1);
        return (last.indexOf('\n') >= 0 || last.indexOf('\r') >= 0) && !in.endsWithQuote();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    /** Builds a format; the scope defaults to national and the version to what the file name says. */
    public static final class Builder {
        private final String kind;
        private final String label;
        private int order = 100;
        private Pattern fileName;
        private List<String> header;
        private RowMapper mapper;
        private Function<Path, String> scope = file -> "";
        private Function<Path, String> version = VersionRules::fromFileName;

        private Builder(String kind, String label) {
            this.kind = kind;
            this.label = label;
        }

        public Builder order(int value) {
            this.order = value;
            return this;
        }

        /** The official file name, as a regular expression on the whole name. */
        public Builder fileName(String regex) {
            this.fileName = Pattern.compile(regex);
            return this;
        }

        public Builder header(String... columns) {
            this.header = List.of(columns);
            return this;
        }

        /** A regional file: it replaces only the dataset of the same scope (by default, its name without date). */
        public Builder regional() {
            this.scope = VersionRules::scopeFromFileName;
            return this;
        }

        /** Datasets told apart by a rule on the file (e.g. the survey year): each replaces only its own scope. */
        public Builder scope(Function<Path, String> rule) {
            this.scope = rule;
            return this;
        }

        public Builder version(Function<Path, String> rule) {
            this.version = rule;
            return this;
        }

        public CsvFormat rows(RowMapper value) {
            this.mapper = value;
            return new CsvFormat(this);
        }
    }
}
