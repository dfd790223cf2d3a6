package fr.passerelle.importer.bmo;

import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The official BMO workbook, streamed row by row with fastexcel-reader (StAX over the zipped sheet XML): the sheet
 * named {@code BMO_<YYYY>_open_data}, else the first sheet whose header has the BMO columns (older files put the
 * data in the second sheet). Lines in messages are Excel row numbers.
 */
final class BmoXlsxSheet implements BmoSheet {
    private final Path file;
    private final String name;

    BmoXlsxSheet(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    @Override
    public List<String> header() throws ImportException {
        try (ReadableWorkbook workbook = open()) {
            return header(dataSheet(workbook));
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e);
        }
    }

    @Override
    public void rows(RowConsumer consumer, ReadContext context) throws ImportException {
        int lastRow = 0;
        try (ReadableWorkbook workbook = open(); Stream<Row> rows = dataSheet(workbook).openStream()) {
            Iterator<Row> it = rows.iterator();
            boolean header = true;
            int count = 0;
            while (it.hasNext()) {
                Row row = it.next();
                lastRow = row.getRowNum();
                if (header) {
                    header = false;
                    continue;
                }
                consumer.row(row.getRowNum(), cells(row));
                if ((++count & 0x3FF) == 0) {
                    context.progress(count, -1);
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e, lastRow + 1);
        }
    }

    private ReadableWorkbook open() throws ImportException {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e);
        }
    }

    private Sheet dataSheet(ReadableWorkbook workbook) throws IOException, ImportException {
        List<Sheet> sheets = workbook.getSheets().toList();
        Optional<Sheet> named = sheets.stream()
                .filter(s -> s.getName().toLowerCase(Locale.ROOT).matches("bmo_\\d{4}_open_data")).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        for (Sheet sheet : sheets) {
            if (BmoColumns.looksLike(header(sheet))) {
                return sheet;
            }
        }
        throw new ImportException(name, 0, ImportWords.say("import.bmo.noSheet",
                String.join(", ", sheets.stream().map(Sheet::getName).toList())));
    }

    private static List<String> header(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.findFirst().map(BmoXlsxSheet::cells).orElse(List.of());
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(c -> c.getText()).orElse(""));
        }
        return cells;
    }

    private ImportException unreadable(Exception e) {
        return unreadable(e, 0);
    }

    /**
     * A damaged workbook: a broken ZIP archive has no line; a damaged sheet XML is located by its Excel row (the row
     * after the last one read) and, when the XML parser gives it, its line and column in the sheet's XML.
     */
    private ImportException unreadable(Exception e, long row) {
        Message where = Message.NONE;
        String what = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException) {
                return new ImportException(name, 0, ImportWords.say("import.bmo.zip", t.getMessage()));
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null) {
                where = ImportWords.say("import.bmo.xmlAt", x.getLocation().getLineNumber(), x.getLocation().getColumnNumber());
                what = x.getMessage();
            }
        }
        return new ImportException(name, row, ImportWords.say("import.bmo.xlsx", where, what));
    }
}
