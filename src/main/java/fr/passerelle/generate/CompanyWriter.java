package fr.passerelle.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.passerelle.generate.ReferenceInputs.CommuneRef;
import fr.passerelle.generate.ReferenceInputs.RomeNaf;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * entreprises/entreprises_&lt;département&gt;_synthetique.csv: synthetic establishments. NAF sub-class drawn by its
 * La Bonne Boite hirings; headcount bracket from a fixed distribution; commune drawn by {@link Territory} weight, the
 * point jittered within 2 km of its centre; hiring scores for the 1–5 ROME codes that hire most in that NAF.
 */
final class CompanyWriter {
    static final List<String> HEADER = List.of("siret", "raison_sociale", "enseigne", "code_naf", "tranche_effectif",
            "code_insee_commune", "code_postal", "adresse", "latitude", "longitude", "scores_embauche", "source_scores");
    static final String SCORE_SOURCE = "estime";

    /** INSEE headcount brackets, their share among hiring establishments (a guess), and a hiring-propensity factor. */
    private static final String[] BRACKETS = {"00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"};
    private static final double[] BRACKET_SHARE = {10, 20, 18, 14, 13, 11, 6, 3.5, 1, 1.5, 1, 0.5, 0.3, 0.1, 0.05};
    private static final double[] BRACKET_FACTOR = {0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    /** A NAF sub-class, its hirings and its best-hiring ROME codes (most first). */
    private record Naf(String code, String label, long hirings, List<RomeNaf> topRomes) {
    }

    private final Territory territory;
    private final List<Naf> nafs;
    private final AliasSampler nafSampler;
    private final AliasSampler bracketSampler = new AliasSampler(BRACKET_SHARE);

    CompanyWriter(Territory territory, List<RomeNaf> romeNaf) {
        this.territory = territory;
        Map<String, Map<String, Long>> byNaf = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (RomeNaf row : romeNaf) {
            if (row.hirings() > 0) {
                byNaf.computeIfAbsent(row.naf(), k -> new TreeMap<>()).merge(row.rome(), row.hirings(), Long::sum);
                labels.putIfAbsent(row.naf(), row.nafLabel());
            }
        }
        List<Naf> list = new ArrayList<>();
        byNaf.forEach((code, romes) -> {
            List<RomeNaf> sorted = romes.entrySet().stream()
                    .map(e -> new RomeNaf(e.getKey(), "", code, labels.get(code), e.getValue()))
                    .sorted(Comparator.comparingLong(RomeNaf::hirings).reversed().thenComparing(RomeNaf::rome)).toList();
            long hirings = sorted.stream().mapToLong(RomeNaf::hirings).sum();
            list.add(new Naf(code, labels.get(code), hirings, sorted.subList(0, Math.min(5, sorted.size()))));
        });
        this.nafs = List.copyOf(list);
        this.nafSampler = new AliasSampler(nafs.stream().mapToDouble(Naf::hirings).toArray());
    }

    /** Writes {@code total} rows over the départements; records each file and its row count. */
    void write(Path dir, long total, long seed, Progress progress, List<Path> written, Map<Path, Long> items)
            throws IOException {
        if (total == 0) {
            return;
        }
        Files.createDirectories(dir);
        SplittableRandom random = Draw.stream(seed, "entreprises");
        List<Territory.Zone> deps = territory.departements();
        long[] counts = Territory.split(deps, total, random);
        long number = 0;
        for (int d = 0; d < deps.size(); d++) {
            if (counts[d] == 0) {
                continue;
            }
            Territory.Zone dep = deps.get(d);
            Path file = dir.resolve("entreprises_" + dep.code() + "_synthetique.csv");
            written.add(file);
            items.put(file, counts[d]);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
                 CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
                csv.writeRecord(HEADER);
                for (long i = 0; i < counts[d]; i++) {
                    csv.writeRecord(row(number++, territory.draw(dep, random), random));
                    progress.add(1);
                }
            }
        }
    }

    private String[] row(long number, CommuneRef commune, SplittableRandom r) {
        String siren = Siret.siren(number);
        String siret = Siret.siret(siren, 10 + (int) (number % 90));
        Naf naf = nafs.get(nafSampler.next(r));
        int bracket = bracketSampler.next(r);
        double[] point = Draw.around(r, commune.latitude(), commune.longitude(), 2.0);
        String postal = commune.postalCodes().get(r.nextInt(commune.postalCodes().size()));
        String sign = Draw.chance(r, 0.35) ? Addresses.sign(r, commune.name()) : "";
        return new String[] {
            siret,
            "Entreprise synthétique " + Fmt.pad(number + 1, 6),
            sign,
            naf.code(),
            BRACKETS[bracket],
            commune.insee(),
            postal,
            Addresses.line(r),
            Fmt.decimal6(point[0]),
            Fmt.decimal6(point[1]),
            scores(naf, BRACKET_FACTOR[bracket], r),
            SCORE_SOURCE,
        };
    }

    /**
     * "D1505:87|D1507:64": for the 1–5 ROME codes hiring most in the NAF, 100 × √(their share of the top code's
     * hirings) × the bracket's propensity × a random factor in [0.6, 1], best first.
     */
    private static String scores(Naf naf, double sizeFactor, SplittableRandom r) {
        int count = Math.min(naf.topRomes().size(), 1 + r.nextInt(5));
        double top = naf.topRomes().get(0).hirings();
        int[] scores = new int[count];
        for (int i = 0; i < count; i++) {
            double share = naf.topRomes().get(i).hirings() / top;
            scores[i] = (int) Math.max(1, Math.min(100, Math.round(100 * StrictMath.sqrt(share) * sizeFactor * Draw.between(r, 0.6, 1.0))));
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Integer.compare(scores[b], scores[a])
                : naf.topRomes().get(a).rome().compareTo(naf.topRomes().get(b).rome()));
        StringBuilder sb = new StringBuilder(count * 9);
        for (int i : order) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(naf.topRomes().get(i).rome()).append(':').append(scores[i]);
        }
        return sb.toString();
    }
}
