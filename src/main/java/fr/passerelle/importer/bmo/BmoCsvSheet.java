package fr.passerelle.importer.bmo;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ReadContext;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV export of the BMO data sheet: UTF-8 (with or without BOM), separated by commas or by semicolons (what a
 * French Excel writes), sniffed on the header line: the character that occurs more often outside quotes wins.
 */
final class BmoCsvSheet implements BmoSheet {
    /** Put by the decoder for bytes that are not UTF-8, reported with the line (as the other CSV importers do). */
    private static final char REPLACEMENT = '\uFFFF';

    private final Path file;
    private final String name;

    BmoCsvSheet(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    @Override
    public List<String> header() throws ImportException {
        try (CsvReader<CsvRecord> csv = open(separator())) {
            for (CsvRecord record : csv) {
                return record.getFields();
            }
            throw new ImportException(name, 1, "fichier vide : l'en-tête de la feuille BMO est attendu");
        } catch (CsvParseException e) {
            throw new ImportException(name, 1, "CSV mal formé : " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(name, 0, "lecture impossible : " + e.getMessage());
        }
    }

    @Override
    public void rows(RowConsumer consumer, ReadContext context) throws ImportException {
        char separator = separator();
        long size = size();
        long lastLine = 0;
        try (CsvReader<CsvRecord> csv = open(separator)) {
            int width = -1;
            int count = 0;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                List<String> fields = record.getFields();
                for (String field : fields) {
                    if (field.indexOf(REPLACEMENT) >= 0) {
                        throw new ImportException(name, lastLine, "octets invalides en UTF-8 (« " + field.strip()
                                + " ») : enregistrez l'export en « CSV UTF-8 » ou réencodez-le (Windows-1252 ?)");
                    }
                }
                if (width < 0) {
                    width = fields.size();
                    continue;
                }
                if (fields.size() != width) {
                    throw new ImportException(name, lastLine, fields.size() + " champs alors que l'en-tête en a " + width
                            + " (séparateur « " + separator + " » détecté ; guillemet mal placé ?)");
                }
                consumer.row(lastLine, fields);
                if ((++count & 0x3FF) == 0) {
                    context.progress(Math.min(size, count * 120L), size);
                }
            }
            context.progress(size, size);
        } catch (CsvParseException e) {
            throw new ImportException(name, lastLine + 1, "CSV mal formé : " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(name, 0, "lecture impossible : " + e.getMessage());
        }
    }

    /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
    char separator() throws ImportException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null) {
                throw new ImportException(name, 1, "fichier vide : l'en-tête de la feuille BMO est attendu");
            }
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (char ch : first.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == ',') {
                    commas++;
                } else if (!quoted && ch == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw new ImportException(name, 0, "lecture impossible : " + e.getMessage());
        }
    }

    private CsvReader<CsvRecord> open(char separator) throws IOException {
        Reader reader = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), strictUtf8());
        return CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(false).ofCsvRecord(reader);
    }

    private long size() throws ImportException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(name, 0, "lecture impossible : " + e.getMessage());
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
    }
}
