package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.app.Home;
import fr.passerelle.personal.MutableClock;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personal database is embedded only: opening, using, compacting and locking it opens no listening socket in this
 * process (no H2 TCP server, no web console). Read from Linux's /proc: the listening entries of /proc/net/tcp and tcp6
 * whose socket inode is one of this process's file descriptors.
 */
class NoListeningSocketTest {
    @TempDir
    Path dir;

    @Test
    void theDetectorSeesAListeningSocketOfThisProcess() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc only");
        Set<String> before = listeningSocketsOfThisProcess();
        try (ServerSocket server = new ServerSocket(0)) {
            Set<String> during = listeningSocketsOfThisProcess();
            during.removeAll(before);
            assertEquals(1, during.size(), "the check could not fail otherwise");
        }
    }

    @Test
    void personalDataOpensNoListeningSocket() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc only");
        Set<String> before = listeningSocketsOfThisProcess();
        try (PersonalData data = new PersonalData(new Home(dir), PersonalDataTest.FAST, new MutableClock(Instant.parse("2026-03-02T09:00:00Z")))) {
            EncryptedProfileStore store = data.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS);
            String id = store.create("Zéphyrine", PersonalDataTest.named("Zéphyrine")).id();
            store.addNote(id, "note");
            data.export(id);
            data.erase(id);
            Set<String> open = listeningSocketsOfThisProcess();
            open.removeAll(before);
            assertTrue(open.isEmpty(), "listening while open: " + open);
            data.lock();
            data.unlock(PersonalDataTest.PASS);
        }
        Set<String> after = listeningSocketsOfThisProcess();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "listening: " + after);
    }

    /** "local address:port" of every TCP socket in LISTEN state whose inode is held by this process. */
    static Set<String> listeningSocketsOfThisProcess() throws Exception {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        return listening;
    }
}
