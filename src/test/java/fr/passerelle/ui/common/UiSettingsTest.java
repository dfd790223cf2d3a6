package fr.passerelle.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window's settings file: defaults, what is remembered, and a damaged file never keeping the window shut. */
class UiSettingsTest {
    @TempDir
    Path home;

    @Test
    void withoutAFileTheDefaultsApplyAndNothingIsWritten() {
        UiSettings s = UiSettings.load(home);
        assertEquals(100, s.zoomPercent());
        assertFalse(s.highContrast());
        assertEquals(Locale.FRENCH, s.language());
        assertFalse(Files.exists(home.resolve(UiSettings.FILE_NAME)));
    }

    @Test
    void whatIsChangedIsReadBackAtTheNextStart() {
        UiSettings s = UiSettings.load(home);
        s.setZoomPercent(150);
        s.setHighContrast(true);
        s.setLanguage(Locale.UK);

        UiSettings next = UiSettings.load(home);
        assertEquals(150, next.zoomPercent());
        assertTrue(next.highContrast());
        assertEquals(Locale.ENGLISH, next.language());
    }

    @ParameterizedTest
    @CsvSource({"zoom=900, 250", "zoom=10, 80", "zoom=cent, 100", "zoom=, 100"})
    void aHandEditedZoomIsBroughtBackIntoRange(String line, int expected) throws Exception {
        Files.writeString(home.resolve(UiSettings.FILE_NAME), line + "\nlangue=de\n");
        UiSettings s = UiSettings.load(home);
        assertEquals(expected, s.zoomPercent());
        assertEquals(Locale.FRENCH, s.language(), "an unknown language is French");
    }

    @Test
    void inMemorySettingsWriteNothing() {
        UiSettings s = UiSettings.inMemory();
        s.setZoomPercent(120);
        assertEquals(120, s.zoomPercent());
        assertFalse(Files.exists(home.resolve(UiSettings.FILE_NAME)));
    }
}
