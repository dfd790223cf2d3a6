package fr.passerelle.bench;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of the whole ROME 4.60 export (18 CSV files, 15 MB) through {@code Workstation.importPaths}, as the CLI's
 * {@code import} runs it. Each iteration gets a fresh home: creating it and opening the cache (H2 + Flyway) happen
 * in setup, closing and deleting it in teardown; only the import itself (one transaction) is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RomeImportBenchmark {
    private Path rome;
    private Path home;
    private Workstation workstation;

    @Setup(Level.Trial)
    public void findData() {
        rome = SharedData.romeFolder();
    }

    @Setup(Level.Iteration)
    public void openFreshHome() throws IOException {
        home = Files.createTempDirectory("passerelle-bench-");
        workstation = Workstation.open(new Home(home));
    }

    @Benchmark
    public ImportReport importRome() throws ImportException {
        return workstation.importPaths(List.of(rome), ProgressListener.NONE);
    }

    @TearDown(Level.Iteration)
    public void deleteHome() throws IOException {
        workstation.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
