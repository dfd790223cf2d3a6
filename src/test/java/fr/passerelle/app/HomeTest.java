package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the data lives: --home, else $PASSERELLE_HOME, else the platform's user data folder. */
class HomeTest {
    private static final String USER_HOME = "/home/juliette";

    @Test
    void anExplicitFolderWinsOverTheEnvironment() {
        Home home = Home.resolve(Path.of("/data/passerelle"), Map.of("PASSERELLE_HOME", "/elsewhere"), "Linux", USER_HOME);

        assertEquals(Path.of("/data/passerelle"), home.root());
    }

    @Test
    void aRelativeExplicitFolderIsMadeAbsolute() {
        Home home = Home.resolve(Path.of("donnees"), Map.of(), "Linux", USER_HOME);

        assertEquals(Path.of("donnees").toAbsolutePath(), home.root());
    }

    @Test
    void passerelleHomeIsUsedWithoutAnExplicitFolder() {
        Home home = Home.resolve(null, Map.of("PASSERELLE_HOME", "/srv/passerelle"), "Linux", USER_HOME);

        assertEquals(Path.of("/srv/passerelle"), home.root());
    }

    @Test
    void aBlankPasserelleHomeIsIgnored() {
        Home home = Home.resolve(null, Map.of("PASSERELLE_HOME", "  "), "Linux", USER_HOME);

        assertEquals(Path.of(USER_HOME, ".local", "share", "passerelle"), home.root());
    }

    @Test
    void linuxFollowsXdgDataHome() {
        Home home = Home.resolve(null, Map.of("XDG_DATA_HOME", "/home/juliette/.data"), "Linux", USER_HOME);

        assertEquals(Path.of("/home/juliette/.data/passerelle"), home.root());
    }

    @Test
    void macUsesApplicationSupport() {
        Home home = Home.resolve(null, Map.of(), "Mac OS X", USER_HOME);

        assertEquals(Path.of(USER_HOME, "Library", "Application Support", "Passerelle"), home.root());
    }

    @Test
    void windowsUsesAppData() {
        Home home = Home.resolve(null, Map.of("APPDATA", "C:\\Users\\juliette\\AppData\\Roaming"), "Windows 11", USER_HOME);

        assertEquals(Path.of("C:\\Users\\juliette\\AppData\\Roaming", "Passerelle"), home.root());
    }

    @Test
    void theCacheAndThePersonalDataHaveTheirOwnFolders() {
        Home home = new Home(Path.of("/data/passerelle"));

        assertEquals(Path.of("/data/passerelle/cache"), home.cacheFolder());
        assertEquals(Path.of("/data/passerelle/personal"), home.personalFolder());
    }
}
