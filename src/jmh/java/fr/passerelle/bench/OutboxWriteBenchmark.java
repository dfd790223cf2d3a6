package fr.passerelle.bench;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.EncryptedProfileStore;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.personal.InactivityLock;
import fr.passerelle.personal.KdfParameters;
import fr.passerelle.personal.RetentionPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
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
 * What a counsellor's save costs now that each change writes its outbox item in the same transaction, committed to
 * disk before returning (WRITE_DELAY 0), in the encrypted personal database: a note added (note + activity time +
 * outbox item) and a profile updated (row + revision + outbox item).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class OutboxWriteBenchmark {
    private static final char[] PASS = "le merle chante au printemps".toCharArray();
    private static final PathRequest REQUEST = new PathRequest("magasinier", null, "Tourcoing", 20, null, null, null, null,
            true, "Zéphyrine Quintavalle");

    private Path dir;
    private PersonalData data;
    private EncryptedProfileStore store;
    private String id;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("outbox-bench");
        data = new PersonalData(new Home(dir), new PersonalSettings(RetentionPolicy.DEFAULT, InactivityLock.DEFAULT_TIMEOUT,
                KdfParameters.OWASP_MINIMUM), Clock.systemUTC());
        store = data.setUp(PASS, PASS);
        id = store.create("Zéphyrine Quintavalle", REQUEST).id();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        data.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Object addNote() throws Exception {
        return store.addNote(id, "Préfère travailler le matin, disponible dès janvier");
    }

    @Benchmark
    public Object updateProfile() throws Exception {
        return store.update(id, "Zéphyrine Quintavalle", REQUEST);
    }
}
