package fr.passerelle.ui.shell;

import fr.passerelle.app.Home;
import fr.passerelle.app.Personas;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.PathRequest;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.store.TrainingContactStore;
import fr.passerelle.ui.common.FxDialogService;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.workshop.WorkshopUi;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens the workstation window (or the workshop mode) and waits until it is closed. */
public final class WorkstationWindow {
    /** {@code --workshop} arrives as this screen name (see PasserelleCommand). */
    public static final String WORKSHOP = "atelier";

    private WorkstationWindow() {
    }

    /**
     * @param person the person whose path it opens on (already read from her file), or null
     * @param screen the screen to open on ({@code --screen}), {@value #WORKSHOP} for the workshop mode, or null
     */
    public static void showAndWait(Home home, PathRequest person, String screen) {
        CountDownLatch closed = new CountDownLatch(1);
        Workstation workstation = Workstation.open(home);
        List<Personas.Persona> personas = Personas.bundled();
        UiSettings settings = UiSettings.load(home.root());
        List<FxTaskRunner> runners = new CopyOnWriteArrayList<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            if (WORKSHOP.equals(screen)) {
                showWorkshop(stage, workstation, personas, settings, runners, true, person);
            } else {
                open(stage, workstation, personas, settings, runners, person, screen);
            }
            stage.show();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runners.forEach(FxTaskRunner::close);
            workstation.close();
            Platform.exit();
        }
    }

    /** Builds the window in the settings' language; a language switch builds it again, on the same person and screen. */
    private static void open(Stage stage, Workstation workstation, List<Personas.Persona> personas, UiSettings settings,
                             List<FxTaskRunner> runners, PathRequest person, String screen) {
        Messages messages = new Messages(settings.language());
        WorkstationUi ui = new WorkstationUi(workstation, workstation.paths(), new FxDialogService(stage, messages), background -> {
            FxTaskRunner runner = new FxTaskRunner(background);
            runners.add(runner);
            return runner;
        }, personas, WorkstationUi.memoryProfiles(Clock.systemDefaultZone()), Clock.systemDefaultZone(), settings,
                () -> showWorkshop(new Stage(), workstation, personas, settings, runners, false, null));
        stage.titleProperty().unbind();
        stage.titleProperty().bind(ui.shell().titleProperty());
        stage.setScene(ui.scene());
        ui.display().languageProperty().addListener((obs, old, language) -> Platform.runLater(() -> {
            PathRequest current = ui.state().requestProperty().get();
            Screen shown = ui.shell().screenProperty().get();
            boolean onPerson = shown == Screen.PROFILE || shown == Screen.PATH;
            open(stage, workstation, personas, settings, runners, current, onPerson ? null : shown.key());
        }));
        ui.start(person, screen);
    }

    /** The workshop mode in its own window: projector type, high contrast, fictional personas only. */
    /** @param persona the persona file given with {@code --workshop --profile}, opened once the data is ready, or null */
    private static void showWorkshop(Stage stage, Workstation workstation, List<Personas.Persona> personas, UiSettings settings,
                                     List<FxTaskRunner> runners, boolean alone, PathRequest persona) {
        Messages messages = new Messages(settings.language());
        FxTaskRunner runner = new FxTaskRunner(new fr.passerelle.ui.common.BackgroundTasks());
        runners.add(runner);
        TrainingContactStore contacts = new TrainingContactStore(workstation.referenceDatabase());
        WorkshopUi ui = new WorkshopUi(workstation.paths(), WorkstationUi.marketSource(workstation),
                (path, rome, name, n, today, out) -> new WorkshopSheetWriter(contacts).write(path, rome, name, n, today, out),
                runner, new FxDialogService(stage, messages), messages, personas, WorkstationUi.WIDTH, WorkstationUi.HEIGHT,
                WorkstationUi::applyTheme, WorkstationUi.class.getResource(WorkstationUi.THEME_CSS).toExternalForm());
        stage.setTitle(ui.title());
        stage.setScene(ui.scene());
        if (alone) {
            // Started with --workshop: the data is seeded and indexed here, as the shell does at start; the persona
            // file is opened after that, so that her path is never computed on an empty cache.
            runner.run(null, progress -> {
                workstation.seedIfEmpty(progress);
                workstation.indexes().refresh();
                return Boolean.TRUE;
            }, ok -> {
                if (persona != null) {
                    ui.model().open(persona);
                }
            }, failure -> { });
        } else {
            stage.show();
        }
    }
}
