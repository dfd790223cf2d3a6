package fr.passerelle.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our own sourced table of the most common regulated occupations ({@code regulated-occupations.csv} beside this
 * class): the diploma, licence or card the law requires, its usual length, the legal reference and the page it was
 * checked against. The ROME flags an occupation as regulated and its text says how one enters it; this table adds
 * which title exactly and how long it takes, which the horizon needs.
 */
public final class RegulatedTable {
    static final String RESOURCE = "regulated-occupations.csv";
    private static final Set<String> NATURES = Set.of("diplôme", "permis", "certificat", "autorisation", "carte", "agrément");

    /** One row: what is required to work in the occupation, how long it usually takes, and where it is written. */
    public record Row(String rome, String occupation, String requirement, String nature, String length, int months,
                      Integer level, String reference, String source) {
    }

    private final Map<String, Row> rows;

    private RegulatedTable(Map<String, Row> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** The table shipped with the engine. */
    public static RegulatedTable bundled() {
        try (InputStream in = RegulatedTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " introuvable dans le jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in this format; a bad line fails with {@code name:line: what is wrong} (in French). */
    static RegulatedTable read(BufferedReader reader, String name) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\\|", -1);
            String where = name + ":" + number + ": ";
            if (f.length != 9) {
                throw new IllegalArgumentException(where + "9 colonnes attendues séparées par « | », " + f.length + " trouvées");
            }
            if (!f[0].matches("[A-N][0-9]{4}")) {
                throw new IllegalArgumentException(where + "« " + f[0] + " » n'est pas un code ROME");
            }
            if (!NATURES.contains(f[3])) {
                throw new IllegalArgumentException(where + "nature « " + f[3] + " » inconnue (attendu : " + NATURES + ")");
            }
            int months;
            try {
                months = Integer.parseInt(f[5]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "durée en mois « " + f[5] + " » n'est pas un nombre entier");
            }
            if (months < 1) {
                throw new IllegalArgumentException(where + "durée en mois « " + f[5] + " » : au moins 1");
            }
            Integer level = f[6].isEmpty() ? null : Integer.valueOf(f[6]);
            if (f[2].isBlank() || f[4].isBlank() || f[7].isBlank() || !f[8].startsWith("http")) {
                throw new IllegalArgumentException(where + "exigence, durée, référence et source (adresse http) sont obligatoires");
            }
            if (rows.put(f[0], new Row(f[0], f[1], f[2], f[3], f[4], months, level, f[7], f[8])) != null) {
                throw new IllegalArgumentException(where + f[0] + " figure deux fois");
            }
        }
        return new RegulatedTable(rows);
    }

    public Optional<Row> row(String rome) {
        return Optional.ofNullable(rows.get(rome));
    }

    public Map<String, Row> rows() {
        return rows;
    }
}
