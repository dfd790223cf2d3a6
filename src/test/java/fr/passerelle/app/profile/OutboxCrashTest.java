package fr.passerelle.app.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.ChildJvm;
import fr.passerelle.app.Home;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change and its outbox item are one transaction: a child JVM running {@code profiles add} is killed (SIGKILL) at
 * the instant both are written but not committed, and just after the commit; the personal data then opens with both
 * the profile and its item, or neither.
 */
class OutboxCrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed at {0}: profile and item {1}")
    @CsvSource({"personal.change-written, absent", "personal.change-committed, present"})
    void aChildKilledAroundTheCommitLeavesTheProfileAndItsItemBothOrNeither(String phase, String expected) throws Exception {
        Home home = new Home(dir.resolve("home"));
        try (PersonalData data = new PersonalData(home, PersonalDataTest.FAST, Clock.systemUTC())) {
            data.setUp(PersonalDataTest.PASS, PersonalDataTest.PASS).create("Barnabé Lefebvre", PersonalDataTest.named("Barnabé Lefebvre"));
        }
        try (ChildJvm child = ChildJvm.start(List.of("-Dpasserelle.test.pauseAt=" + phase),
                Map.of("PASSERELLE_PASSPHRASE", new String(PersonalDataTest.PASS)), "fr.passerelle.launcher.Main",
                "--home", home.root().toString(), "profiles", "add", "--first-name", "Zéphyrine", "--last-name", "Quintavalle",
                "--rome", "D1505", "--commune", "Roubaix")) {
            assertNotNull(child.awaitErrLine("@@phase " + phase, 120), child.err().toString());
            child.kill();
        }

        try (PersonalData data = new PersonalData(home, PersonalDataTest.FAST, Clock.systemUTC())) {
            EncryptedProfileStore store = data.unlock(PersonalDataTest.PASS);
            long profiles = store.list().stream().filter(p -> "Zéphyrine Quintavalle".equals(p.name())).count();
            int items = data.outbox().orElseThrow().unsentCount();
            if (expected.equals("present")) {
                assertEquals(1, profiles);
                assertEquals(2, items, "Barnabé's item and hers");
            } else {
                assertEquals(0, profiles);
                assertEquals(1, items, "Barnabé's item only");
            }
            assertTrue(data.outbox().orElseThrow().pending().stream().allMatch(i -> store.find(i.subject()).isPresent()),
                    "no item without its profile");
        }
    }
}
