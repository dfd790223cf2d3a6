package fr.passerelle.bench;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
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

    /**
     * Generates and imports with the CLI in separate JVMs with their default heap: the benchmark's own fork is limited
     * to 512 MB (the goal for the indexes), which a million-company import does not need to respect.
     */
    private static void build(Path root, Path home) throws Exception {
        Path data = SharedData.dataFolder();
        Path generated = root.resolve("generated");
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(root);
        cli("generate", "--sessions", String.valueOf(SESSIONS), "--companies", String.valueOf(COMPANIES), "--seed", "42",
                "--from", data.toString(), "--out", generated.toString());
        List<String> args = new ArrayList<>(List.of("--home", home.toString(), "import"));
        for (String folder : List.of("rome_v460", "rome_v347", "geo", "labour_market", "job_offers", "labonneboite", "fap")) {
            args.add(data.resolve(folder).toString());
        }
        args.add(generated.toString());
        long start = System.nanoTime();
        cli(args.toArray(new String[0]));
        System.out.printf("national cache imported in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void cli(String... args) throws Exception {
        Path jar = Path.of("target", "passerelle.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmarks with mvn -Pjmh verify (it packages first)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench-national-" + args[0].replace("-", "") + ".log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("passerelle " + String.join(" ", args) + " failed, see target/bench-national-*.log");
        }
    }
}
