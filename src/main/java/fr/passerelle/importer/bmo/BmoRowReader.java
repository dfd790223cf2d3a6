package fr.passerelle.importer.bmo;

import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;
import java.math.BigDecimal;
import java.util.List;

/** Turns the cells of one BMO row into a {@link BmoProject}, with {@code file:line: colonne X : ...} errors. */
final class BmoRowReader {
    /** From this survey year on, BMO métiers are FAP-2021 codes when their shape does not tell. */
    static final int FIRST_FAP2021_YEAR = 2023;

    private final String file;
    private final List<String> header;
    private final BmoColumns columns;
    private final int surveyYear;
    private final ReadContext context;

    BmoRowReader(String file, List<String> header, BmoColumns columns, int surveyYear, ReadContext context) {
        this.file = file;
        this.header = header;
        this.columns = columns;
        this.surveyYear = surveyYear;
        this.context = context;
    }

    void row(long line, List<String> cells) throws ImportException {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return; // trailing empty rows of a sheet
        }
        context.countRead();
        if (columns.year() >= 0) {
            String year = integerText(line, cells, columns.year());
            if (!year.equals(String.valueOf(surveyYear))) {
                throw error(line, columns.year(), ImportWords.say("import.bmo.year", year, surveyYear, header.get(columns.area()).trim()));
            }
        }
        String code = cell(cells, columns.occupationCode());
        if (!code.matches("[A-Z][0-9A-Z][A-Z][0-9]{2}")) { // FAP-2021 also has QAX01 (finance experts)
            throw error(line, columns.occupationCode(), ImportWords.say("import.bmo.occupation", code));
        }
        String area = integerText(line, cells, columns.area());
        if (area.length() > 4) {
            throw error(line, columns.area(), ImportWords.say("import.bmo.area", area));
        }
        String departement = departement(line, cells);
        try {
            context.emit(new BmoProject(surveyYear, code, optional(cells, columns.occupationLabel()),
                    nomenclature(code), optional(cells, columns.familyCode()), optional(cells, columns.familyLabel()),
                    region(line, cells), departement, "0".repeat(4 - area.length()) + area,
                    optional(cells, columns.areaLabel()), count(line, cells, columns.projects()),
                    count(line, cells, columns.difficult()), count(line, cells, columns.seasonal())));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, line, ImportWords.of(e));
        }
    }

    /** FAP-2021 BMO codes have an X in third position (R0X61), FAP-2009 ones a Z (R0Z61); else the year decides. */
    private String nomenclature(String code) {
        char family = code.charAt(2);
        if (family == 'X') {
            return "2021";
        }
        if (family == 'Z') {
            return "2009";
        }
        return surveyYear >= FIRST_FAP2021_YEAR ? "2021" : "2009";
    }

    private String departement(long line, List<String> cells) throws ImportException {
        String raw = cell(cells, columns.departement());
        if (raw.matches("2[AaBb]")) {
            return raw.toUpperCase(java.util.Locale.ROOT);
        }
        String code = integerText(line, cells, columns.departement());
        code = code.length() == 1 ? "0" + code : code;
        if (!code.matches("[0-9]{2}|97[0-9]")) {
            throw error(line, columns.departement(), ImportWords.say("import.value.notA", raw, ImportWords.say("import.expected.departementExample")));
        }
        return code;
    }

    private String region(long line, List<String> cells) throws ImportException {
        if (columns.region() < 0 || cell(cells, columns.region()).isEmpty()) {
            return null;
        }
        String code = integerText(line, cells, columns.region());
        return code.length() == 1 ? "0" + code : code;
    }

    /** A count, or null when masked by statistical secrecy ({@code *}) or left empty; never 0 for a mask. */
    private Integer count(long line, List<String> cells, int index) throws ImportException {
        String raw = cell(cells, index);
        if (raw.equals("*") || raw.isEmpty()) {
            return null;
        }
        String value = integerText(line, cells, index);
        return Integer.valueOf(value);
    }

    /** A non-negative whole number written as such, even when a spreadsheet stored it as 2824.0. */
    private String integerText(long line, List<String> cells, int index) throws ImportException {
        String raw = cell(cells, index);
        try {
            BigDecimal number = new BigDecimal(raw);
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                throw error(line, index, ImportWords.say("import.lheo.count", raw));
            }
            return number.toBigInteger().toString();
        } catch (NumberFormatException e) {
            throw error(line, index, index == columns.projects() || index == columns.difficult() || index == columns.seasonal()
                    ? ImportWords.say("import.bmo.count", raw) : ImportWords.say("import.value.integer", raw));
        }
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).trim();
    }

    private static String optional(List<String> cells, int index) {
        String value = cell(cells, index);
        return value.isEmpty() ? null : value;
    }

    private ImportException error(long line, int index, Message problem) {
        return new ImportException(file, line, ImportWords.say("import.column", header.get(index).trim(), problem));
    }
}
