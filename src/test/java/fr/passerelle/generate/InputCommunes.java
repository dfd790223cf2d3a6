package fr.passerelle.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The communes of an input folder, to check what the generator wrote against them. */
final class InputCommunes {
    record Commune(String insee, String departement, List<String> postalCodes, double latitude, double longitude) {
    }

    private InputCommunes() {
    }

    static Map<String, Commune> read(Path communesCsv) throws IOException {
        Map<String, Commune> communes = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(communesCsv)) {
            for (NamedCsvRecord r : csv) {
                if (r.getField("latitude").isEmpty()) {
                    continue;
                }
                communes.put(r.getField("code_insee"), new Commune(r.getField("code_insee"), r.getField("code_departement"),
                        List.of(r.getField("codes_postaux").split("\\|")), Double.parseDouble(r.getField("latitude")),
                        Double.parseDouble(r.getField("longitude"))));
            }
        }
        return communes;
    }

    static Set<String> column(Path csvFile, String column) throws IOException {
        Set<String> values = new TreeSet<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(csvFile)) {
            for (NamedCsvRecord r : csv) {
                values.add(r.getField(column));
            }
        }
        return values;
    }

    /** Metropolitan France with Corsica, or one of the overseas départements of the commune list. */
    static boolean inFrance(double lat, double lon) {
        return box(lat, lon, 41.3, 51.2, -5.3, 9.7)        // métropole and Corsica
                || box(lat, lon, 15.8, 16.6, -61.9, -60.9)    // Guadeloupe
                || box(lat, lon, 14.3, 15.0, -61.3, -60.7)    // Martinique
                || box(lat, lon, 2.0, 6.0, -54.7, -51.5)      // Guyane
                || box(lat, lon, -21.5, -20.8, 55.1, 56.0);   // La Réunion
    }

    private static boolean box(double lat, double lon, double minLat, double maxLat, double minLon, double maxLon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
