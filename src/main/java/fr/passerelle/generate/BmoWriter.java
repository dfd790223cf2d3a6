package fr.passerelle.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.passerelle.generate.ReferenceInputs.BassinCommune;
import fr.passerelle.generate.ReferenceInputs.FapMetier;
import fr.passerelle.generate.ReferenceInputs.RomeNaf;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * bmo/bmo_2025_synthetique.csv: the BMO 2025 open-data layout, one row per employment area (bassin) × département ×
 * FAP-2021 métier that has projects. The national volume (2.4 million projects, the order of the real surveys) is
 * shared among bassins by {@link Territory} weight and among métiers by the La Bonne Boite hirings of the ROME 3
 * codes that lead to them (ROME 3 → FAP-2009 → FAP-2021 by code, see {@link #metierWeights}); small values are masked
 * with {@code *} as the statistical secrecy of the real file does.
 */
final class BmoWriter {
    static final int YEAR = 2025;
    static final String FILE_NAME = "bmo_" + YEAR + "_synthetique.csv";
    static final List<String> HEADER = List.of("annee", "Code métier BMO", "Nom métier BMO", "Famille_met", "Lbl_fam_met",
            "REG", "NOM_REG", "Dept", "NomDept", "BE25", "NOMBE25", "met", "xmet", "smet");
    private static final double NATIONAL_PROJECTS = 2_400_000;
    /** Mean of the log-normal noise of each cell (σ = 0.6), divided out so that the total stays near the volume. */
    private static final double NOISE_MEAN = StrictMath.exp(0.18);
    private static final Map<Character, String> FAMILIES = Map.of(
            'A', "Fonctions administratives", 'C', "Fonctions d'encadrement", 'I', "Ouvriers de l'industrie",
            'O', "Ouvriers de la construction et du bâtiment", 'S', "Fonctions sociales et médico-sociales",
            'T', "Autres techniciens et employés", 'V', "Vente, tourisme et services", 'Z', "Autres métiers");

    /** A bassin within one département, with its share of the national weight. */
    private record Area(String region, String departement, String bassin, String label, double weight) {
    }

    private final ReferenceInputs inputs;
    private final Territory territory;

    BmoWriter(ReferenceInputs inputs, Territory territory) {
        this.inputs = inputs;
        this.territory = territory;
    }

    /** Writes the file into {@code dir} and returns its number of data rows. */
    long write(Path dir, long seed, Progress progress) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom r = Draw.stream(seed, "bmo");
        List<FapMetier> metiers = inputs.metiers();
        double[] share = metierWeights(metiers, r);
        double[] difficulty = new double[metiers.size()];
        double[] seasonal = new double[metiers.size()];
        for (int m = 0; m < metiers.size(); m++) {
            difficulty[m] = difficulty(metiers.get(m), r);
            seasonal[m] = seasonality(metiers.get(m).domain()) * Draw.between(r, 0.5, 1.5);
        }
        List<Area> areas = areas();
        double totalWeight = areas.stream().mapToDouble(Area::weight).sum();
        Path file = dir.resolve(FILE_NAME);
        long rows = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(HEADER);
            for (Area area : areas) {
                double areaProjects = NATIONAL_PROJECTS / NOISE_MEAN * area.weight() / totalWeight;
                for (int m = 0; m < metiers.size(); m++) {
                    double expected = areaProjects * share[m] * Draw.logNormal(r, 0.6);
                    long met = Math.round(expected);
                    if (met < 1) {
                        continue;   // no project: no row, as in the real file
                    }
                    long xmet = Math.min(met, Math.round(met * Math.min(1, difficulty[m] * Draw.between(r, 0.7, 1.3))));
                    long smet = Math.min(met, Math.round(met * Math.min(1, seasonal[m] * Draw.between(r, 0.5, 1.5))));
                    FapMetier metier = metiers.get(m);
                    char family = family(metier.code());
                    csv.writeRecord(Integer.toString(YEAR), metier.code(), metier.label(), Character.toString(family),
                            FAMILIES.get(family), area.region(), inputs.regionNames().getOrDefault(area.region(), ""),
                            area.departement(), inputs.departementNames().getOrDefault(area.departement(), ""),
                            area.bassin(), area.label(), masked(met, 5), met < 5 ? "*" : masked(xmet, 3),
                            met < 5 ? "*" : masked(smet, 3));
                    rows++;
                }
                progress.add(1);
            }
        }
        return rows;
    }

    /** Bassin × département pairs in (région, département, bassin) order, weighted by their communes. */
    private List<Area> areas() {
        Map<String, double[]> weights = new TreeMap<>();
        Map<String, BassinCommune> first = new TreeMap<>();
        for (BassinCommune b : inputs.bassins()) {
            int c = territory.indexOf(b.commune());
            if (c < 0) {
                continue;   // historic commune codes of the bassin table
            }
            // région and département of the commune list: the bassin table writes overseas départements as "97"
            ReferenceInputs.CommuneRef commune = territory.commune(c);
            String key = commune.region() + "|" + commune.departement() + "|" + b.bassin();
            weights.computeIfAbsent(key, k -> new double[1])[0] += territory.weight(c);
            first.putIfAbsent(key, new BassinCommune(commune.region(), commune.departement(), b.commune(), b.bassin(), b.label()));
        }
        List<Area> areas = new ArrayList<>();
        first.forEach((key, b) -> areas.add(new Area(b.region(), b.departement(), b.bassin(), b.label(), weights.get(key)[0])));
        return areas;
    }

    int areaCount() {
        return areas().size();
    }

    /**
     * Each métier's share of projects: the hirings of the ROME 3 codes whose FAP-2009 code becomes it once its third
     * character is X (R0Z60 → R0X60), else spread over the FAP-2021 métiers of the same two-character domain; métiers
     * no ROME reaches get 1 % of the mean; all times a log-normal factor. Without the ROME → FAP-2009 table, the
     * log-normal factor alone.
     */
    private double[] metierWeights(List<FapMetier> metiers, SplittableRandom r) {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, List<Integer>> byDomain = new TreeMap<>();
        for (int m = 0; m < metiers.size(); m++) {
            index.put(metiers.get(m).code(), m);
            byDomain.computeIfAbsent(metiers.get(m).code().substring(0, 2), k -> new ArrayList<>()).add(m);
        }
        Map<String, Long> hirings = new TreeMap<>();
        for (RomeNaf row : inputs.romeNaf()) {
            hirings.merge(row.rome(), row.hirings(), Long::sum);
        }
        double[] w = new double[metiers.size()];
        hirings.forEach((rome, count) -> {
            List<String> faps = inputs.romeToFap2009().getOrDefault(rome, List.of());
            for (String fap : faps) {
                double part = count / (double) faps.size();
                Integer exact = fap.length() == 5 ? index.get(fap.substring(0, 2) + "X" + fap.substring(3)) : null;
                if (exact != null) {
                    w[exact] += part;
                } else if (fap.length() >= 2 && byDomain.containsKey(fap.substring(0, 2))) {
                    List<Integer> domain = byDomain.get(fap.substring(0, 2));
                    for (int m : domain) {
                        w[m] += part / domain.size();
                    }
                }
            }
        });
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double floor = sum == 0 ? 1 : sum / w.length / 100;
        double total = 0;
        for (int m = 0; m < w.length; m++) {
            w[m] = Math.max(w[m], floor) * Draw.logNormal(r, 0.5);
            total += w[m];
        }
        for (int m = 0; m < w.length; m++) {
            w[m] /= total;
        }
        return w;
    }

    /** Share of projects judged difficult: the BMO 2020 share of the same FAP-2009 code when known, else 25–65 %. */
    private double difficulty(FapMetier metier, SplittableRandom r) {
        String code = metier.code();
        Double known = code.length() == 5 ? inputs.fap2009Difficulty().get(code.substring(0, 2) + "Z" + code.substring(3)) : null;
        double random = Draw.between(r, 0.25, 0.65);
        return known != null ? known / 100 : random;
    }

    /** Seasonal share by FAP-22 domain: agriculture, hotels and restaurants, arts, trade... */
    private static double seasonality(String domain) {
        return switch (domain) {
            case "A" -> 0.6;
            case "S" -> 0.35;
            case "U" -> 0.25;
            case "R" -> 0.12;
            case "T", "V" -> 0.08;
            default -> 0.03;
        };
    }

    /**
     * The BMO 2025 family letter of a FAP-2021 code (an inference: the official FAP → family table was not found):
     * level 90+ and L6 (managers) → C; otherwise by domain letter.
     */
    static char family(String code) {
        int level = code.length() >= 5 && Character.isDigit(code.charAt(3)) && Character.isDigit(code.charAt(4))
                ? Integer.parseInt(code.substring(3, 5)) : 0;
        if (level >= 90 || code.startsWith("L6") || code.startsWith("N")) {
            return 'C';
        }
        char domain = code.charAt(0);
        return switch (domain) {
            case 'B' -> level < 70 ? 'O' : 'T';
            case 'C', 'D', 'E', 'F', 'G', 'K' -> level < 70 ? 'I' : 'T';
            case 'L', 'P', 'Q' -> 'A';
            case 'R', 'S', 'T' -> 'V';
            case 'V' -> 'S';
            case 'H', 'M' -> 'T';
            default -> 'Z';   // A agriculture, J transport and logistics, U communication and arts, W teaching, X politics
        };
    }

    private static String masked(long value, long threshold) {
        return value < threshold ? "*" : Long.toString(value);
    }
}
