package fr.passerelle.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tests find reference inputs: the real open data of ../shared/data (the generator draws from real
 * communes, ROME ↔ NAF weights, Formacode and FAP-2021, which the hand-written samples do not all carry); the tests
 * are skipped when it is absent.
 */
final class TestData {
    private TestData() {
    }

    static Path inputs() {
        Optional<Path> shared = shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "../shared/data is absent: generator tests skipped");
        return shared.get().resolve("data");
    }

    /** ../shared (the surefire property passerelle.shared), when it exists. */
    static Optional<Path> shared() {
        String property = System.getProperty("passerelle.shared");
        Path shared = property == null ? Path.of("..", "shared") : Path.of(property);
        return Files.isDirectory(shared.resolve("data")) ? Optional.of(shared.toAbsolutePath()) : Optional.empty();
    }
}
