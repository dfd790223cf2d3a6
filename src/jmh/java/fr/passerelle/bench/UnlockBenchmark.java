package fr.passerelle.bench;

import fr.passerelle.personal.DataKey;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.KeyVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one unlock costs the counsellor (and each guess costs a thief): Argon2id of the passphrase with the
 * workstation's settings (64 MiB, 3 passes) and with OWASP's minimum (19 MiB, 2 passes), then the AES-GCM unwrap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class UnlockBenchmark {
    private static final char[] PASS = "le merle chante au printemps".toCharArray();

    @Param({"default", "owasp_minimum"})
    public String settings;

    private Path dir;
    private KeyVault vault;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("unlock-bench");
        vault = new KeyVault(dir.resolve("key.properties"));
        vault.create(PASS, settings.equals("default") ? KdfParameters.DEFAULT : KdfParameters.OWASP_MINIMUM).destroy();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("key.properties"));
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public boolean unlock() throws Exception {
        try (DataKey key = vault.unlock(PASS)) {
            return key.destroyed();
        }
    }
}
