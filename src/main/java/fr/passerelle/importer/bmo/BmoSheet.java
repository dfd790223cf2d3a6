package fr.passerelle.importer.bmo;

import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ReadContext;
import java.util.List;

/** The BMO data sheet, whatever holds it (a CSV export or the workbook): a header, then rows with their line. */
interface BmoSheet {

    /** The first row's cells. */
    List<String> header() throws ImportException;

    /** Streams the data rows (after the header) to the consumer, reporting progress to the context. */
    void rows(RowConsumer consumer, ReadContext context) throws ImportException;

    /** Receives one data row: its line (CSV line, or Excel row number) and its cells as text. */
    @FunctionalInterface
    interface RowConsumer {
        void row(long line, List<String> cells) throws ImportException;
    }
}
