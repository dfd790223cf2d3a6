package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --workshop} opens the workshop mode, on a persona with {@code --profile}; never with another screen. */
class WorkshopOptionTest {
    @TempDir
    Path home;

    private final List<PasserelleCommand.WindowStart> starts = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PasserelleCommand.run(new PasserelleCommand.WindowLauncher() {
            @Override
            public void launch(Home h) {
                throw new AssertionError("the window must open with its start");
            }

            @Override
            public void launch(Home h, PasserelleCommand.WindowStart start) {
                starts.add(start);
            }
        }, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void theWorkshopOptionOpensTheWorkshopMode() {
        assertEquals(0, run("--home", home.toString(), "--workshop"), err.toString());
        assertEquals(PasserelleCommand.WORKSHOP_SCREEN, starts.get(0).screen());
    }

    @Test
    void withAPersonaFileItOpensOnHer() {
        assertEquals(0, run("--home", home.toString(), "--workshop", "--profile", "data-samples/personas/nadia.json"), err.toString());
        assertEquals(PasserelleCommand.WORKSHOP_SCREEN, starts.get(0).screen());
        assertEquals("Nadia", starts.get(0).profile().name());
    }

    @Test
    void anotherScreenBesideItIsRefused() {
        assertEquals(2, run("--home", home.toString(), "--workshop", "--screen", "plan"));
        assertTrue(err.toString().startsWith("passerelle: --workshop"), err.toString());
        assertTrue(starts.isEmpty());
    }

    @Test
    void theMarketAndItsMapAreScreensTheWindowOpensOn() {
        assertEquals(0, run("--home", home.toString(), "--screen", "carte"), err.toString());
        assertEquals(0, run("--home", home.toString(), "--screen", "marche"), err.toString());
        assertEquals(List.of("carte", "marche"), starts.stream().map(PasserelleCommand.WindowStart::screen).toList());
    }
}
