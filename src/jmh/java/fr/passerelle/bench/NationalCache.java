package fr.passerelle.bench;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.cli.PasserelleCommand;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.ImportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A national-scale cache for the benchmarks, built once and kept in target/bench-national: the real ROME 4.60,
 * ROME 3, communes, tension, offers and La Bonne Boite tables of ../shared/data, plus 300,000 generated training
 * sessions and 1,000,000 generated companies (seed 42). Reused while its marker file is there.
 */
final class NationalCache {
    static final int SESSIONS = Integer.getInteger("bench.sessions", 300_000);
    static final int COMPANIES = Integer.getInteger("bench.companies", 1_000_000);

    private NationalCache() {
    }

    static Workstation open() throws Exception {
        Path root = Path.of("target", "bench-national").toAbsolutePath();
        Path home = root.resolve("home");
        Path marker = root.resolve("ready-" + SESSIONS + "-" + COMPANIES);
        if (!Files.exists(marker)) {
            build(root, home);
            Files.writeString(marker, "ok");
        }
        return Workstation.open(new Home(home));
    }

    private static void build(Path root, Path home) throws Exception {
        Path data = SharedData.dataFolder();
        Path generated = root.resolve("generated");
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        StringWriter out = new StringWriter();
        int code = PasserelleCommand.run(h -> { }, new PrintWriter(out), new PrintWriter(out), "generate",
                "--sessions", String.valueOf(SESSIONS), "--companies", String.valueOf(COMPANIES), "--seed", "42",
                "--from", data.toString(), "--out", generated.toString());
        if (code != 0) {
            throw new IllegalStateException("generate failed: " + out);
        }
        List<Path> paths = new ArrayList<>();
        for (String folder : List.of("rome_v460", "rome_v347", "geo", "labour_market", "job_offers", "labonneboite", "fap")) {
            paths.add(data.resolve(folder));
        }
        paths.add(generated);
        try (Workstation workstation = Workstation.open(new Home(home))) {
            long start = System.nanoTime();
            workstation.importPaths(paths, ProgressListener.NONE);
            System.out.printf("national cache imported in %.1f s%n", (System.nanoTime() - start) / 1e9);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
