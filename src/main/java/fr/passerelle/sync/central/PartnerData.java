package fr.passerelle.sync.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the France Travail-shaped endpoints answer from, read once from the data folder: offers from captured Offres
 * d'emploi v2 answers ({@code offres*.json} with {@code resultats}), companies from La Bonne Boite v2 answers
 * ({@code *.json} with {@code items}), métiers from the ROME 4 export ({@code unix_referentiel_code_rome_v4*}).
 */
record PartnerData(List<JsonNode> offers, List<JsonNode> companies, List<String[]> metiers) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static PartnerData read(Path data) throws IOException {
        List<JsonNode> offers = new ArrayList<>();
        List<JsonNode> companies = new ArrayList<>();
        List<String[]> metiers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json")) {
                JsonNode root;
                try {
                    root = MAPPER.readTree(file.toFile());
                } catch (IOException e) {
                    continue; // not a captured answer: other JSON of the folder (CPF catalogue...) is not ours
                }
                if (root != null && root.path("resultats").isArray()) {
                    root.path("resultats").forEach(offers::add);
                } else if (root != null && root.path("items").isArray()) {
                    root.path("items").forEach(companies::add);
                }
            } else if (name.matches("unix_referentiel_code_rome_v4\\d+_utf8\\.csv")) {
                try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
                    boolean header = true;
                    for (CsvRecord row : csv) {
                        if (!header) {
                            metiers.add(new String[] {row.getField(0), row.getField(3)});
                        }
                        header = false;
                    }
                }
            }
        }
        return new PartnerData(List.copyOf(offers), List.copyOf(companies), List.copyOf(metiers));
    }
}
