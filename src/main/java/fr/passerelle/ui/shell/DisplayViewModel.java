package fr.passerelle.ui.shell;

import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.UiSettings;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window reads for the person at the keyboard: the zoom of the whole interface (Ctrl +, Ctrl −, Ctrl 0), the
 * high-contrast theme and the language, each remembered in the home folder's settings as soon as it changes.
 */
public final class DisplayViewModel {
    /** The root font size at 100 %: every size of the theme is in em, so this one number scales the whole window. */
    public static final double BASE_FONT_PX = 14;

    private final UiSettings settings;
    private final IntegerProperty zoom = new SimpleIntegerProperty();
    private final BooleanProperty highContrast = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper();

    public DisplayViewModel(UiSettings settings, Messages messages) {
        this.settings = settings;
        zoom.set(settings.zoomPercent());
        highContrast.set(settings.highContrast());
        language.set(settings.language());
        zoomText.bind(Bindings.createStringBinding(() -> messages.get("shell.zoom.value", zoom.get()), zoom));
        zoom.addListener((obs, o, z) -> settings.setZoomPercent(z.intValue()));
        highContrast.addListener((obs, o, on) -> settings.setHighContrast(on));
        language.addListener((obs, o, l) -> settings.setLanguage(l));
    }

    public void zoomIn() {
        zoom.set(UiSettings.clampZoom(zoom.get() + UiSettings.ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(UiSettings.clampZoom(zoom.get() - UiSettings.ZOOM_STEP));
    }

    public void zoomReset() {
        zoom.set(100);
    }

    /** The root font size for the zoom, in px. */
    public double fontPx() {
        return BASE_FONT_PX * zoom.get() / 100.0;
    }

    public void toggleContrast() {
        highContrast.set(!highContrast.get());
    }

    /** French ↔ English; the window is rebuilt in the new language (see the launcher). */
    public void switchLanguage() {
        language.set(Locale.ENGLISH.equals(language.get()) ? Locale.FRENCH : Locale.ENGLISH);
    }

    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language;
    }

    public UiSettings settings() {
        return settings;
    }
}
