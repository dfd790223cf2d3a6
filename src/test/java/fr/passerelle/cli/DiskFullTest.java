package fr.passerelle.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.store.CacheDigest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A full disk during an import (issue 8, item 2): simulated with a file-size limit on the importing process, so that
 * the new cache state cannot be written. The command ends, says so in French with exit 1, and the cache is unchanged;
 * the half-written state is removed. It used to spin forever at 100 % CPU.
 */
class DiskFullTest extends SampleSeededCacheTest {

    @Test
    void anImportThatFillsTheDiskEndsWithAFrenchMessageExit1AndTheCacheUnchanged() throws Exception {
        Path home = seededHome(work.resolve("home"));
        String before = digest(home);
        long cacheKb = Files.size(currentFile(home)) / 1024;
        Path big = bigNafLabels();
        // Enough to copy the published cache into staging, not enough to add 20 MB of labels to it.
        long limitKb = cacheKb + 4_096;

        try (ChildJvm cli = ChildJvm.startWithFileSizeLimit(limitKb, List.of(), Map.of(), "fr.passerelle.launcher.Main",
                "import", "--home", home.toString(), big.toString())) {
            assumeTrue(cli != null, "no bash to set a file-size limit");
            int exit = cli.waitFor(300);

            String err = String.join("\n", cli.err());
            assertNotEquals(-1, exit, "the import hung: " + err);
            assertEquals(1, exit, err);
            assertTrue(err.contains("passerelle: plus de place pour écrire le cache dans " + home.resolve("cache")), err);
            assertTrue(err.contains("le cache n'a pas changé"), err);
        }
        assertEquals(before, digest(home));
        try (Stream<Path> entries = Files.list(home.resolve("cache"))) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith("staging-")), "the staging state was left");
        }
    }

    /** A valid naf_labels.csv of about 20 MB. */
    private Path bigNafLabels() throws IOException {
        Path file = in.resolve("naf_labels.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("naf_id,naf_label\n");
            for (int n = 0; n < 10_000; n++) {
                for (char letter = 'A'; letter <= 'Z'; letter++) {
                    out.write(String.format("%04d%c,Activité de démonstration numéro %d lettre %c et libellé long pour remplir%n",
                            n, letter, n, letter));
                }
            }
        }
        return file;
    }

    private static Path currentFile(Path home) throws IOException {
        String current = Files.readString(home.resolve("cache").resolve("CURRENT"), UTF_8).strip();
        return home.resolve("cache").resolve(current).resolve("reference.mv.db");
    }

    private static String digest(Path home) {
        try (Workstation w = Workstation.open(new Home(home))) {
            return CacheDigest.of(w.referenceDatabase());
        }
    }
}
