package fr.passerelle.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the tests find reference inputs: the repository's data-samples/ always, ../shared when present. */
final class TestData {
    private TestData() {
    }

    static Path samples() {
        return Path.of("data-samples").toAbsolutePath();
    }

    /** ../shared (the surefire property passerelle.shared), when it exists. */
    static Optional<Path> shared() {
        String property = System.getProperty("passerelle.shared");
        Path shared = property == null ? Path.of("..", "shared") : Path.of(property);
        return Files.isDirectory(shared.resolve("data")) ? Optional.of(shared.toAbsolutePath()) : Optional.empty();
    }
}
