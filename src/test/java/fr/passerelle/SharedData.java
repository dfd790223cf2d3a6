package fr.passerelle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the test data lives: the real open data of {@code ../shared/data} (passed by the pom as the system
 * property {@code passerelle.shared}) and the hand-written {@code data-samples/} of this repository.
 * Tests on real data call {@link #assumeRealData()} so that they are skipped, not failed, where it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The real open-data folder ({@code <passerelle.shared>/data}), or null when the property is not set. */
    public static Path realData() {
        String shared = System.getProperty("passerelle.shared");
        return shared == null || shared.isBlank() ? null : Path.of(shared, "data").toAbsolutePath().normalize();
    }

    /** True when the real open-data folder is there. */
    public static boolean hasRealData() {
        Path data = realData();
        return data != null && Files.isDirectory(data);
    }

    /** Skips the calling test (or the whole class from a {@code @BeforeAll}) when the real data is absent. */
    public static Path assumeRealData() {
        assumeTrue(hasRealData(),
                "real open data not found (system property passerelle.shared=" + System.getProperty("passerelle.shared")
                        + "): test skipped");
        return realData();
    }

    /** The hand-written sample data of the repository ({@code data-samples/}). */
    public static Path samples() {
        String basedir = System.getProperty("basedir");
        Path root = basedir == null ? Path.of("") : Path.of(basedir);
        Path samples = root.resolve("data-samples").toAbsolutePath().normalize();
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("data-samples/ not found at " + samples);
        }
        return samples;
    }

    /** One file of the sample data, e.g. {@code sample("geo/communes.csv")}. */
    public static Path sample(String relative) {
        return samples().resolve(relative);
    }
}
