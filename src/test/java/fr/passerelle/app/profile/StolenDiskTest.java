package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.personal.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop is stolen: whoever reads its disk finds none of the job seekers' values. Distinctive values are planted
 * through every path that stores something (profile, note, saved path, update, erasure, purge, export refused), the
 * data is locked, then every file under the home (logs included) and every file the temp folder got meanwhile is
 * searched, as UTF-8 and UTF-16.
 */
class StolenDiskTest {
    private static final List<String> PLANTED = List.of("Quintavalle-Oxymore", "Zéphyrine", "Xylophage-Ornithorynque-4417",
            "Dompteuse de quokkas", "Saint-Planté-sur-Essai", "Brisebarre-Vermillon", "CAP Charpentier de marine 9931",
            "Aide régionale Pélican");

    @TempDir
    Path dir;

    @Test
    void nothingPlantedCanBeReadFromTheDiskOnceLocked() throws Exception {
        Instant started = Instant.now().minusSeconds(2);
        Home home = new Home(dir.resolve("home"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        PathRequest request = new PathRequest("Dompteuse de quokkas", "G1204", "Saint-Planté-sur-Essai", 30, "cap", 600,
                new BigDecimal("1234"), null, true, "Zéphyrine Quintavalle-Oxymore", "de", 44, "are", "2027-01-31");
        try (PersonalData data = new PersonalData(home, PersonalDataTest.FAST, clock)) {
            EncryptedProfileStore store = data.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
            StoredProfile z = store.create(request.name(), request);
            store.addNote(z.id(), "Xylophage-Ornithorynque-4417 : à rappeler lundi");
            store.savePath(z.id(), new SavedPath("F1503", "Charpentier", "CAP Charpentier de marine 9931", "Aide régionale Pélican",
                    "offres 2021-12-21", clock.instant()));
            store.update(z.id(), request.name(), request);
            String other = store.create("Brisebarre-Vermillon", PersonalDataTest.named("Brisebarre-Vermillon")).id();
            data.erase(other);
            data.lock();
            clock.advance(Duration.ofDays(30));
            data.unlock(PersonalDataTest.PASS); // purge at unlock (nothing expired), journal written
        }

        List<String> found = new ArrayList<>(RawScan.findIn(List.of(home.root()), PLANTED));
        // Temp files written meanwhile (by anyone: the folder is shared); other builds' big databases are skipped.
        found.addAll(RawScan.findInFiles(filesWrittenSince(Path.of(System.getProperty("java.io.tmpdir")), started, dir), PLANTED,
                32_000_000L));

        assertEquals(List.of(), found);
        assertFalse(Files.list(home.personalFolder()).toList().isEmpty(), "the data was written (else the scan proves nothing)");
    }

    /** The files the temp folder got since {@code since} (four levels deep), outside this test's own folder. */
    private static List<Path> filesWrittenSince(Path temp, Instant since, Path exclude) throws Exception {
        List<Path> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(temp, 4)) {
            // hsperfdata_*: each JVM's performance counters, which hold its command line; a child JVM of another test
            // (OutboxCrashTest: profiles add --first-name Zéphyrine, killed on purpose) leaves one behind, not this store.
            walk.filter(p -> !p.startsWith(exclude)).filter(p -> !p.toString().contains("/hsperfdata_"))
                    .filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(FileTime.from(since)) >= 0;
                } catch (java.io.IOException e) {
                    return false;
                }
            }).forEach(written::add);
        } catch (java.io.UncheckedIOException e) {
            // other engineers' files come and go in a shared temp folder; what was listed is scanned
        }
        return written;
    }
}
