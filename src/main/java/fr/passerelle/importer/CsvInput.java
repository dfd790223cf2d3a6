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
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSV file read strictly, record by record (FastCSV, one record in memory), for every CSV importer: UTF-8 with or
 * without a byte-order mark, bad bytes, bad quoting (a quote left open, text after a closing quote, a quote inside a
 * field that is not quoted) and parse errors all stop the import with the file and line.
 */
public final class CsvInput implements AutoCloseable {
    /**
     * What the decoder puts for bytes that are not UTF-8: U+FFFF, a non-character that no real text contains
     * (unlike U+FFFD, which some exports carry literally, e.g. La Bonne Boite's "www.identit\uFFFDs.eu").
     */
    private static final char REPLACEMENT = '\uFFFF';
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private final String name;
    private final ProgressInputStream in;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final StrayQuotes strayQuotes = new StrayQuotes();
    private long line;
    private List<String> last = List.of();

    private CsvInput(Path file, char separator) throws IOException {
        this.name = file.getFileName().toString();
        this.in = ProgressInputStream.open(file);
        try {
            Reader reader = withoutByteOrderMark(new InputStreamReader(in, strictUtf8()));
            this.csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true)   // checked by the callers, to report it their way
                    .acceptCharsAfterQuotes(false)     // `"abc"x` is bad quoting, not data
                    .build(CsvRecordHandler.builder().fieldModifier(strayQuotes).build(), reader);
            this.records = csv.iterator();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static CsvInput open(Path file, char separator) throws ImportException {
        try {
            return new CsvInput(file, separator);
        } catch (IOException e) {
            throw new ImportException(file.getFileName().toString(), 0, ImportWords.say("import.read", e.getMessage()));
        }
    }

    /** The next record's fields, or null at the end of the file (where a quote left open is reported). */
    public List<String> next() throws ImportException {
        try {
            if (!records.hasNext()) {
                if (unclosedQuoteAtEnd()) {
                    throw new ImportException(name, line, ImportWords.say("import.csv.openQuote"));
                }
                return null;
            }
            CsvRecord record = records.next();
            line = record.getStartingLineNumber();
            last = record.getFields();
        } catch (CsvParseException e) {
            throw new ImportException(name, startLine(e, line + 1), ImportWords.say("import.csv.malformed", rootMessage(e)));
        } catch (java.io.UncheckedIOException e) {
            throw new ImportException(name, line + 1, ImportWords.say("import.read", e.getCause().getMessage()));
        }
        strayQuotes.check(name, line);
        for (String field : last) {
            if (field.indexOf(REPLACEMENT) >= 0) {
                // Shown with U+FFFD, the mark every terminal and editor draws for an undecodable byte ("Armenti�res").
                throw new ImportException(name, line, ImportWords.say("import.csv.notUtf8", field.strip().replace(REPLACEMENT, '\uFFFD')));
            }
        }
        return last;
    }

    /** The line where the last record returned starts. */
    public long line() {
        return line;
    }

    public long position() {
        return in.position();
    }

    public long size() {
        return in.size();
    }

    @Override
    public void close() throws ImportException {
        try {
            csv.close();
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
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

    /** Decodes UTF-8 marking bad bytes with {@link #REPLACEMENT}, reported with the line by {@link #next()}. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
    }

    /**
     * FastCSV accepts a quoted field left open at the end of the file (it runs to the end): a last record whose last
     * field holds a line break while the file does not end with a closing quote is that case.
     */
    private boolean unclosedQuoteAtEnd() {
        if (last.isEmpty()) {
            return false;
        }
        String field = last.get(last.size() - 1);
        return (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) && !in.endsWithQuote();
    }

    /** FastCSV says where the broken record started ("...record that started in line N"); else the fallback. */
    static long startLine(CsvParseException e, long fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : STARTED_IN_LINE.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return fallback;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
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
                throw new ImportException(name, line, ImportWords.say("import.csv.strayQuote", field + 1, value.strip()));
            }
        }
    }
}
