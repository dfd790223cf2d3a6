package fr.passerelle.importer.bmo;

import fr.passerelle.importer.CsvInput;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV export of the BMO data sheet: UTF-8 (with or without BOM), separated by commas or by semicolons (what a
 * French Excel writes), sniffed on the header line: the character that occurs more often outside quotes wins.
 */
final class BmoCsvSheet implements BmoSheet {
    private final Path file;
    private final String name;

    BmoCsvSheet(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    @Override
    public List<String> header() throws ImportException {
        try (CsvInput csv = CsvInput.open(file, separator())) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ImportException(name, 1, ImportWords.say("import.bmo.empty"));
            }
            return header;
        }
    }

    @Override
    public void rows(RowConsumer consumer, ReadContext context) throws ImportException {
        char separator = separator();
        try (CsvInput csv = CsvInput.open(file, separator)) {
            int width = -1;
            int count = 0;
            List<String> fields;
            while ((fields = csv.next()) != null) {
                if (width < 0) {
                    width = fields.size();
                    continue;
                }
                if (fields.size() != width) {
                    throw new ImportException(name, csv.line(), ImportWords.say("import.bmo.width", fields.size(), width, separator));
                }
                consumer.row(csv.line(), fields);
                if ((++count & 0x3FF) == 0) {
                    context.progress(csv.position(), csv.size());
                }
            }
            context.progress(csv.size(), csv.size());
        }
    }

    /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
    char separator() throws ImportException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null) {
                throw new ImportException(name, 1, ImportWords.say("import.bmo.empty"));
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
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }

}
