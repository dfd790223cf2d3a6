package fr.passerelle.ui.shell;

import fr.passerelle.app.Home;
import fr.passerelle.app.Personas;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.ui.unlock.PersonalDataCover;
import fr.passerelle.ui.unlock.UnlockViewModel;
import fr.passerelle.ui.common.FxDialogService;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens the workstation window and waits until it is closed. */
public final class WorkstationWindow {
    private WorkstationWindow() {
    }

    /**
     * @param person the person whose path it opens on (already read from her file), or null
     * @param screen the screen to open on ({@code --screen}), or null
     */
    public static void showAndWait(Home home, PathRequest person, String screen) {
        CountDownLatch closed = new CountDownLatch(1);
        Workstation workstation = Workstation.open(home);
        // Issue 13: profiles go to the encrypted personal store once unlocked (or stay in memory if the counsellor says so).
        PersonalData personal = PersonalData.open(home, Clock.systemDefaultZone());
        SessionProfileStore profiles = new SessionProfileStore();
        List<Personas.Persona> personas = Personas.bundled();
        AtomicReference<FxTaskRunner> tasks = new AtomicReference<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkstationUi ui = new WorkstationUi(workstation, workstation.paths(), new FxDialogService(stage, Messages.french()), background -> {
                FxTaskRunner runner = new FxTaskRunner(background);
                tasks.set(runner);
                return runner;
            }, personas, profiles, Clock.systemDefaultZone());
            PersonalDataCover cover = ui.coverWithPersonalData(personal, profiles, Clock.systemDefaultZone());
            stage.titleProperty().bind(ui.shell().titleProperty());
            stage.setScene(ui.scene());
            stage.setOnHidden(e -> {
                cover.close();
                closed.countDown();
            });
            stage.show();
            String given = System.getenv("PASSERELLE_PASSPHRASE");
            if (given != null && !given.isEmpty()) {
                cover.model().openWith(given); // scripted use (screenshots, demonstrations), as the profiles commands
            }
            if (person == null || cover.model().modeProperty().get() == UnlockViewModel.Mode.OPEN) {
                ui.start(person, screen);
            } else {
                // Her profile is saved as her path opens: wait until the store is unlocked (or memory-only is chosen).
                cover.model().modeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends UnlockViewModel.Mode> obs,
                                        UnlockViewModel.Mode old, UnlockViewModel.Mode mode) {
                        if (mode == UnlockViewModel.Mode.OPEN) {
                            obs.removeListener(this);
                            ui.start(person, screen);
                        }
                    }
                });
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (tasks.get() != null) {
                tasks.get().close();
            }
            personal.close();
            workstation.close();
            Platform.exit();
        }
    }
}
