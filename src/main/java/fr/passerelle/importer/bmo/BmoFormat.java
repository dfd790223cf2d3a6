package fr.passerelle.importer.bmo;

import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BMO open-data file (France Travail, one per survey year): hiring projects per employment area × BMO métier.
 * Read from the official workbook ({@code Base_open_data_BMO_2025.xlsx}, sheet {@code BMO_2025_open_data}) or from
 * a CSV export of that sheet (comma or semicolon, UTF-8), named {@code bmo_<year>*.csv} or
 * {@code Base_open_data_BMO_<year>*.csv}. Columns are found by name. A survey year is its own dataset.
 */
public final class BmoFormat implements DatasetFormat {
    public static final String KIND = "market.bmo_projects";
    private static final Pattern NAME = Pattern.compile(
            "(?i)(bmo_(?:19|20)\\d{2}.*|base_open_data_(?:bmo_)?(?:(?:19|20)\\d{2}|\\d{2})(?![0-9]).*)\\.(csv|xlsx)");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)(?:bmo_|open_data_)((?:19|20)\\d{2}|\\d{2})(?![0-9])");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "BMO – projets de recrutement par bassin et métier";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public boolean matchesName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * A renamed CSV export is recognised by its columns. The import service sniffs the first line as Latin-1 and
     * splits it on commas: a semicolon line is split again, and UTF-8 accents are decoded back.
     */
    @Override
    public boolean matchesHeader(List<String> header) {
        List<String> cells = header.size() == 1 && header.get(0).contains(";")
                ? Arrays.asList(header.get(0).split(";", -1)) : header;
        return BmoColumns.looksLike(cells.stream().map(c -> utf8(c.replace("\"", ""))).toList());
    }

    private static String utf8(String latin1) {
        String decoded = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return decoded.indexOf('\uFFFD') >= 0 ? latin1 : decoded;
    }

    /** The survey year: from the file name, else from the BE<yy> column of the header; "" when neither tells. */
    @Override
    public String scope(Path file) {
        Integer year = yearFromName(file);
        if (year == null) {
            try {
                year = BmoColumns.of(sheet(file).header()).areaYear();
            } catch (ImportException | IllegalArgumentException e) {
                return "";
            }
        }
        return String.valueOf(year);
    }

    @Override
    public String version(Path file) {
        String scope = scope(file);
        return scope.isEmpty() ? null : scope;
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        BmoSheet sheet = sheet(file);
        List<String> header = sheet.header();
        BmoColumns columns;
        try {
            columns = BmoColumns.of(header);
        } catch (IllegalArgumentException e) {
            throw new ImportException(name, 1, ImportWords.of(e));
        }
        Integer named = yearFromName(file);
        int year = named != null ? named : columns.areaYear();
        BmoRowReader rows = new BmoRowReader(name, header, columns, year, context);
        sheet.rows(rows::row, context);
    }

    private static BmoSheet sheet(Path file) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? new BmoXlsxSheet(file) : new BmoCsvSheet(file);
    }

    static Integer yearFromName(Path file) {
        Matcher m = YEAR_IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) {
            return null;
        }
        String y = m.group(1);
        return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    }
}
