package fr.passerelle.generate;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.generate.ReferenceInputs.RomeNaf;
import fr.passerelle.generate.GenerationReport.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The {@code generate} command's work: synthetic national data in the official formats, deterministic for a seed.
 * <ul>
 *   <li>{@code lheo/offres_<région>_synthetique.xml}: LHEO 2.3 training offers, {@code sessions} sessions in all;</li>
 *   <li>{@code entreprises/entreprises_<département>_synthetique.csv}: {@code companies} establishments in all;</li>
 *   <li>{@code bmo/bmo_2025_synthetique.csv}: a BMO-shaped survey file;</li>
 *   <li>{@code README.txt}: says it is synthetic, with the seed and counts.</li>
 * </ul>
 * Every file is streamed; memory holds only the reference inputs. Each part draws from a random stream of its own,
 * so changing {@code --companies} leaves the LHEO and BMO files unchanged.
 */
public final class SyntheticGenerator {
    /** The source name every output carries. */
    public static final String SOURCE = "Passerelle generate – données synthétiques, ne décrivent aucune offre réelle";

    public GenerationReport generate(GenerateRequest request, ProgressListener listener) throws GenerateException {
        long started = System.nanoTime();
        request.validate();
        Path out = prepare(request.out());
        ReferenceInputs inputs = InputReader.read(request.from());
        checkContent(inputs, request);
        Territory territory = new Territory(inputs.communes(), inputs.offersByDepartement());
        BmoWriter bmo = new BmoWriter(inputs, territory);
        Progress progress = new Progress(listener, request.companies() + request.sessions() + bmo.areaCount());
        List<Path> written = new ArrayList<>();
        Map<Path, Long> items = new LinkedHashMap<>();
        boolean done = false;
        try {
            clean(out);
            progress.step("Entreprises synthétiques");
            new CompanyWriter(territory, inputs.romeNaf()).write(out.resolve("entreprises"), request.companies(),
                    request.seed(), progress, written, items);
            progress.step("Formations synthétiques (LHEO)");
            long[] lheo = writeLheo(out.resolve("lheo"), inputs, territory, request, progress, written, items);
            progress.step("BMO synthétique");
            Path bmoFile = out.resolve("bmo").resolve(BmoWriter.FILE_NAME);
            written.add(bmoFile);
            long bmoRows = bmo.write(out.resolve("bmo"), request.seed(), progress);
            items.put(bmoFile, bmoRows);
            Path readme = out.resolve("README.txt");
            written.add(readme);
            List<OutputFile> files = describe(out, written, items);
            Files.writeString(readme, Readme.text(request, inputs, files, lheo[0], lheo[1], bmoRows), StandardCharsets.UTF_8);
            files = describe(out, written, items);
            progress.finish();
            done = true;
            return new GenerationReport(files, request.sessions(), lheo[1], request.companies(), bmoRows,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | UncheckedIOException e) {
            throw new GenerateException("--out " + request.out() + " : écriture impossible (" + e.getMessage() + ")", e);
        } finally {
            if (!done) {
                for (Path p : written) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // best effort: the run already failed for a reason the caller will report
                    }
                }
            }
        }
    }

    /** Writes the LHEO files; returns {sessions, formations}. */
    private static long[] writeLheo(Path dir, ReferenceInputs inputs, Territory territory, GenerateRequest request,
                                    Progress progress, List<Path> written, Map<Path, Long> items) throws IOException {
        if (request.sessions() == 0) {
            return new long[2];
        }
        Files.createDirectories(dir);
        Map<String, Long> hirings = new TreeMap<>();
        for (RomeNaf row : inputs.romeNaf()) {
            hirings.merge(row.rome(), row.hirings(), Long::sum);
        }
        Map<String, String> parentLabels = new TreeMap<>();
        for (RomeNaf row : inputs.romeNaf()) {
            parentLabels.putIfAbsent(row.rome(), row.romeLabel());
        }
        FormacodeMatcher matcher = new FormacodeMatcher(inputs.formacodes(), inputs.formacodeExcerpt(), parentLabels,
                inputs.romeDomains());
        TrainingFactory factory = new TrainingFactory(territory, inputs.romes(), hirings, matcher);
        List<Territory.Zone> regions = territory.regions();
        long[] counts = Territory.split(regions, request.sessions(), Draw.stream(request.seed(), "lheo"));
        long sessions = 0;
        long formations = 0;
        for (int i = 0; i < regions.size(); i++) {
            if (counts[i] == 0) {
                continue;
            }
            Territory.Zone zone = regions.get(i);
            SplittableRandom r = Draw.stream(request.seed(), "lheo-" + zone.code());
            TrainingFactory.Region region = factory.region(zone, i, counts[i], r);
            Path file = dir.resolve("offres_" + zone.code() + "_synthetique.xml");
            written.add(file);
            String name = inputs.regionNames().getOrDefault(zone.code(), zone.code());
            try (LheoDocument doc = new LheoDocument(file, SOURCE + " (région " + name + ")", request.seed())) {
                long left = counts[i];
                long here = 0;
                while (left > 0) {
                    Training t = factory.next(region, (int) Math.min(left, 64), r);
                    doc.write(t);
                    left -= t.sessionCount();
                    here++;
                    progress.add(t.sessionCount());
                }
                items.put(file, counts[i]);
                sessions += counts[i];
                formations += here;
            }
        }
        return new long[] {sessions, formations};
    }

    private static Path prepare(Path out) throws GenerateException {
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw new GenerateException("--out " + out + " : impossible de créer ce dossier (" + e.getMessage() + ")", e);
        }
        if (!Files.isDirectory(out) || !Files.isWritable(out)) {
            throw new GenerateException("--out " + out + " : ce dossier n'est pas accessible en écriture");
        }
        return out;
    }

    private static void checkContent(ReferenceInputs inputs, GenerateRequest request) throws GenerateException {
        if (inputs.romes().isEmpty()) {
            throw new GenerateException("--from " + request.from() + " : aucun code ROME dans le référentiel");
        }
        if (inputs.romeNaf().stream().noneMatch(r -> r.hirings() > 0)) {
            throw new GenerateException("--from " + request.from() + " : rome_naf_mapping.csv ne contient aucune embauche");
        }
        if (inputs.metiers().isEmpty()) {
            throw new GenerateException("--from " + request.from() + " : aucun métier FAP-2021 dans fap2021_nomenclature.csv");
        }
    }

    /** Removes what an earlier generation left in {@code out} (only our own file names), so that the tree is exact. */
    private static void clean(Path out) throws IOException {
        deleteMatching(out.resolve("lheo"), "offres_*_synthetique.xml");
        deleteMatching(out.resolve("entreprises"), "entreprises_*_synthetique.csv");
        deleteMatching(out.resolve("bmo"), "bmo_*_synthetique.csv");
        Files.deleteIfExists(out.resolve("README.txt"));
    }

    private static void deleteMatching(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) {
                Files.delete(f);
            }
        }
    }

    private static List<OutputFile> describe(Path out, List<Path> written, Map<Path, Long> items) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (Path p : written) {
            long bytes = Files.exists(p) ? Files.size(p) : 0;
            files.add(new OutputFile(out.relativize(p).toString().replace('\\', '/'), bytes, items.getOrDefault(p, 0L)));
        }
        return files;
    }
}
