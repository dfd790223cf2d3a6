package fr.passerelle.search;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.passerelle.domain.RomeCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real job titles of the ROME 4.60 export in ../shared/data (system property {@code passerelle.shared}), read
 * straight from its CSV files as {@code JobTitleStore} gives them after an import: every appellation (long label,
 * by OGR code), then every fiche label (by ROME code). Shared by the tests and the JMH benchmarks.
 */
public final class RomeV460Titles {
    public static final String APPELLATIONS = "unix_referentiel_appellation_v460_utf8.csv";
    public static final String FICHES = "unix_referentiel_code_rome_v460_utf8.csv";

    private RomeV460Titles() {
    }

    /** The rome_v460 folder, when the shared data is there. */
    public static Optional<Path> folder() {
        String shared = System.getProperty("passerelle.shared");
        if (shared == null || shared.isBlank()) {
            return Optional.empty();
        }
        Path folder = Path.of(shared, "data", "rome_v460");
        return Files.isRegularFile(folder.resolve(APPELLATIONS)) && Files.isRegularFile(folder.resolve(FICHES))
                ? Optional.of(folder) : Optional.empty();
    }

    public static List<JobTitle> load(Path folder) {
        Map<String, String[]> fiches = new LinkedHashMap<>();
        List<JobTitle> appellations = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(folder.resolve(FICHES))) {
            for (NamedCsvRecord row : reader) {
                fiches.put(row.getField("code_rome"), new String[] {row.getField("code_ogr"), row.getField("libelle_rome")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(folder.resolve(APPELLATIONS))) {
            for (NamedCsvRecord row : reader) {
                String code = row.getField("code_rome");
                appellations.add(new JobTitle(row.getField("code_ogr"), row.getField("libelle_appellation_long"),
                        new RomeCode(code), fiches.get(code)[1], false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        appellations.sort(Comparator.comparing(JobTitle::ogr));
        List<JobTitle> titles = new ArrayList<>(appellations);
        fiches.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> titles.add(
                new JobTitle(f.getValue()[0], f.getValue()[1], new RomeCode(f.getKey()), f.getValue()[1], true)));
        return titles;
    }
}
