package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the window is started from the command line: on a person's path, on a screen, or refused before it opens. */
class WindowStartCommandTest {
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
    void aProfileOpensTheWindowOnHerWithTheFileAlreadyRead() {
        int exit = run("--home", home.toString(), "--profile", "data-samples/personas/juliette.json");

        assertEquals(0, exit, err.toString());
        assertEquals(1, starts.size());
        assertEquals("Juliette", starts.get(0).profile().name());
        assertEquals("Lille", starts.get(0).profile().commune());
        assertNull(starts.get(0).screen());
    }

    @Test
    void aBrokenProfileIsRefusedWithExit2AndTheWindowDoesNotOpen() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.json"), "{\"nom\": \"Juliette\"}");

        int exit = run("--home", home.toString(), "--profile", broken.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("passerelle: broken.json : champ inconnu « nom »"), err.toString());
        assertTrue(starts.isEmpty());
    }

    @Test
    void anUnknownScreenIsRefusedNamingTheScreensThatExist() {
        int exit = run("--home", home.toString(), "--screen", "accueil");

        assertEquals(2, exit);
        assertEquals("passerelle: --screen : écran « accueil » inconnu (profil, parcours, detail, comparer, plan, recherche, donnees, marche, carte)",
                err.toString().strip());
        assertTrue(starts.isEmpty());
    }

    @Test
    void aKnownScreenIsPassedToTheWindow() {
        assertEquals(0, run("--home", home.toString(), "--screen", "comparer"));
        assertEquals("comparer", starts.get(0).screen());
    }

    @Test
    void aScreenNamedLikeACommandIsAScreen() {
        assertEquals(0, run("--home", home.toString(), "--screen", "plan"), err.toString());
        assertEquals("plan", starts.get(0).screen());
    }

    @Test
    void everyScreenOfTheCommandLineExistsInTheWindow() {
        for (String key : PasserelleCommand.SCREENS) {
            // "detail" opens the path with its first card's detail, "carte" the market screen on its map.
            assertTrue(key.equals("detail") || key.equals("carte") || fr.passerelle.ui.common.Screen.byKey(key).isPresent(), key);
        }
    }
}
