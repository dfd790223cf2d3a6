package fr.passerelle.importer;

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
        try (CsvInput csv = CsvInput.open(file, ',')) {
            Map<String, Integer> columns = null;
            List<String> fields;
            try {
                while ((fields = csv.next()) != null) {
                    if (columns == null) {
                        columns = readHeader(name, fields);
                        continue;
                    }
                    if (fields.size() != columns.size()) {
                        throw new ImportException(name, csv.line(), ImportWords.say("import.csv.width", fields.size(), columns.size()));
                    }
                    context.countRead();
                    mapper.map(new CsvRow(name, csv.line(), columns, fields), context);
                    if ((context.read() & 0x3FF) == 0) {
                        context.progress(csv.position(), csv.size());
                    }
                }
            } catch (IllegalArgumentException | ArithmeticException e) {
                // A domain record refused a value its compact constructor checks (or a number out of its range).
                throw new ImportException(name, csv.line(), ImportWords.of(e));
            }
            if (columns == null) {
                throw new ImportException(name, 1, ImportWords.say("import.csv.empty", String.join(",", header)));
            }
            if (context.read() == 0) {
                // An export cut after its first line would otherwise empty the dataset it replaces.
                throw new ImportException(name, 1, ImportWords.say("import.csv.headerOnly", label));
            }
            context.progress(csv.size(), csv.size());
        }
    }

    private Map<String, Integer> readHeader(String name, List<String> fields) throws ImportException {
        List<String> found = fields.stream().map(CsvFormat::cleanHeader).toList();
        if (!found.equals(header)) {
            throw new ImportException(name, 1, ImportWords.say("import.csv.header", label, String.join(",", found), String.join(",", header)));
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
