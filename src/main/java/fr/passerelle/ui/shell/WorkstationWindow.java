package fr.passerelle.ui.shell;

import fr.passerelle.app.Home;
import fr.passerelle.app.Personas;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.StartupTrace;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.ui.unlock.PersonalDataCover;
import fr.passerelle.ui.unlock.UnlockViewModel;
import fr.passerelle.ui.common.FxDialogService;
import fr.passerelle.ui.common.FxTaskRunner;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.workshop.WorkshopUi;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import fr.passerelle.engine.profile.JobSeekerProfile;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens the workstation window (or the workshop mode) and waits until it is closed. */
public final class WorkstationWindow {
    /** {@code --workshop} arrives as this screen name (see PasserelleCommand). */
    public static final String WORKSHOP = "atelier";

    /** JavaFX's start when the launcher began it early ({@link #startJavaFxEarly}), else null. */
    private static CompletableFuture<Void> javaFx;

    private WorkstationWindow() {
    }

    /**
     * Starts JavaFX now, on its own thread, for a run that will open the window (the launcher's guess from the raw
     * arguments, {@code WindowArgs}): it starts while the command line and her profile file are read, instead of
     * after. At most once.
     */
    public static synchronized void startJavaFxEarly() {
        if (javaFx == null) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            javaFx = started;
            Thread thread = new Thread(() -> {
                try {
                    Platform.startup(() -> StartupTrace.mark("JavaFX démarré"));
                    started.complete(null);
                } catch (RuntimeException | Error e) {
                    started.completeExceptionally(e);
                }
            }, "passerelle-demarrage-javafx");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** JavaFX started: waits for the early start, or starts it here. */
    private static void startJavaFx() {
        CompletableFuture<Void> early;
        synchronized (WorkstationWindow.class) {
            early = javaFx;
        }
        try {
            if (early == null) {
                Platform.startup(() -> StartupTrace.mark("JavaFX démarré"));
                return;
            }
            early.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw said(e.getCause() instanceof RuntimeException failure ? failure : e);
        } catch (RuntimeException e) {
            throw said(e);
        }
    }

    /**
     * JavaFX's own failure to start, said in French when it is the usual one: no display (a command typed over SSH,
     * a terminal without a graphical session), which JavaFX says as "Unable to open DISPLAY".
     */
    static RuntimeException said(RuntimeException failure) {
        if (failure instanceof UnsupportedOperationException && String.valueOf(failure.getMessage()).contains("DISPLAY")) {
            return new IllegalStateException("pas d'écran pour ouvrir la fenêtre (" + failure.getMessage()
                    + ") : ouvrez Passerelle dans une session graphique, ou donnez une commande (passerelle --help)", failure);
        }
        return failure;
    }

    /**
     * @param person the person whose path it opens on (already read from her file), or null
     * @param screen the screen to open on ({@code --screen}), {@value #WORKSHOP} for the workshop mode, or null
     */
    public static void showAndWait(Home home, PathRequest person, String screen) {
        CountDownLatch closed = new CountDownLatch(1);
        // Shell first (startup.md): the window is built and drawn without waiting for the data. The cache's opening and
        // the persisted indexes' read-ahead are held until its first frame is laid out (FirstFrameGate): started
        // alongside JavaFX, they took the two cores of a counsellor's PC from it. Its screens fill when the data is
        // there; whatever reads data meanwhile waits off the FX thread, and a failed opening is said in the status line.
        FirstFrameGate gate = new FirstFrameGate().releaseAfter(FirstFrameGate.FALLBACK);
        Workstation workstation = Workstation.openInBackground(home, Workstation.Answers.PATH_AND_JOB_TITLES, gate);
        workstation.indexes().addListener(new TraceIndexes());
        // Issue 13: profiles go to the encrypted personal store once unlocked (or stay in memory if the counsellor says
        // so). The workshop mode holds no personal data: it does not open the store. Read while JavaFX starts.
        CompletableFuture<StartReads> reads = CompletableFuture.supplyAsync(() -> StartReads.of(home, screen),
                work -> new Thread(work, "passerelle-reglages").start());
        startJavaFx();
        StartReads read = StartReads.await(reads);
        PersonalData personal = read.personal();
        SessionProfileStore profiles = new SessionProfileStore();
        AtomicReference<PersonalDataCover> cover = new AtomicReference<>();
        List<Personas.Persona> personas = read.personas();
        UiSettings settings = read.settings();
        StartupTrace.mark("données personnelles, personas et réglages lus");
        List<FxTaskRunner> runners = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> {
                if (cover.get() != null) {
                    cover.get().close();
                }
                closed.countDown();
            });
            if (WORKSHOP.equals(screen)) {
                showWorkshop(stage, workstation, personas, settings, runners, true, person);
            } else {
                open(stage, workstation, personas, settings, runners, person, screen, personal, profiles, cover, gate);
            }
            StartupTrace.mark("écrans construits");
            StartupFrames.trace(stage);
            gate.releaseAtFirstFrame(stage.getScene());
            stage.show();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runners.forEach(FxTaskRunner::close);
            if (personal != null) {
                personal.close();
            }
            workstation.close();
            Platform.exit();
        }
    }

    /**
     * Builds the window in the settings' language, under the personal-data cover; a language switch builds it again, on
     * the same person and screen (the store stays as it was: open, locked or not set up).
     */
    private static void open(Stage stage, Workstation workstation, List<Personas.Persona> personas, UiSettings settings,
                             List<FxTaskRunner> runners, PathRequest person, String screen, PersonalData personal,
                             SessionProfileStore profiles, AtomicReference<PersonalDataCover> cover, FirstFrameGate gate) {
        open(stage, workstation, personas, settings, runners, person, screen, personal, profiles, cover, null, gate);
    }

    /** @param whatIf the what-if profile of the window this one replaces (a language switch), or null */
    private static void open(Stage stage, Workstation workstation, List<Personas.Persona> personas, UiSettings settings,
                             List<FxTaskRunner> runners, PathRequest person, String screen, PersonalData personal,
                             SessionProfileStore profiles, AtomicReference<PersonalDataCover> cover, JobSeekerProfile whatIf,
                             FirstFrameGate gate) {
        Messages messages = new Messages(settings.language());
        WorkstationUi ui = new WorkstationUi(workstation, workstation.paths(), new FxDialogService(stage, messages), background -> {
            FxTaskRunner runner = new FxTaskRunner(background);
            runners.add(runner);
            return runner;
        }, personas, profiles, Clock.systemDefaultZone(), settings,
                () -> showWorkshop(new Stage(), workstation, personas, settings, runners, false, null));
        // A cache upgraded at its first open by this version (minutes on national data) says so in the status line.
        fr.passerelle.engine.words.MessageRenderer words = fr.passerelle.engine.words.MessageRenderer.of(messages.locale());
        fr.passerelle.store.CacheNotices.listen(notice -> Platform.runLater(() -> ui.shell().notice(words.render(notice))));
        PersonalDataCover previous = cover.get();
        if (previous != null) {
            previous.watch().stop();
        }
        PersonalDataCover installed = ui.coverWithPersonalData(personal, profiles, Clock.systemDefaultZone());
        cover.set(installed);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(ui.shell().titleProperty());
        stage.setScene(ui.scene());
        if (StartupTrace.enabled()) {
            ui.state().pathProperty().addListener((obs, old, path) -> {
                if (old == null && path != null) {
                    StartupTrace.mark("parcours à l'écran");
                }
            });
        }
        ui.display().languageProperty().addListener((obs, old, language) -> Platform.runLater(() -> {
            PathRequest current = ui.state().requestProperty().get();
            Screen shown = ui.shell().screenProperty().get();
            boolean onPerson = shown == Screen.PROFILE || shown == Screen.PATH;
            // The what-if values are not in her request: carried over to the new window (LanguageSwitch).
            open(stage, workstation, personas, settings, runners, current, onPerson ? null : shown.key(), personal, profiles, cover,
                    onPerson ? ui.state().profileProperty().get() : null, gate);
        }));
        LanguageSwitch.keepWhatIf(whatIf, ui.state());
        String given = System.getenv("PASSERELLE_PASSPHRASE");
        if (previous == null && given != null && !given.isEmpty()) {
            // Scripted use (screenshots, demonstrations, the start-up benchmark), as the profiles commands. Its key
            // derivation waits for the first frame, as a passphrase typed by the counsellor does.
            gate.execute(() -> Platform.runLater(() -> installed.model().openWith(given)));
        }
        ui.openData(); // now, not after the unlock: the data opens while the passphrase is typed (startup.md)
        if (person == null || installed.model().modeProperty().get() == UnlockViewModel.Mode.OPEN) {
            ui.start(person, screen);
        } else {
            // Her profile is saved as her path opens: wait until the store is unlocked (or memory-only is chosen).
            installed.model().modeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
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
    }

    /** What the window reads from the data folder before it is built, read while JavaFX starts. */
    private record StartReads(PersonalData personal, List<Personas.Persona> personas, UiSettings settings) {
        static StartReads of(Home home, String screen) {
            return new StartReads(WORKSHOP.equals(screen) ? null : PersonalData.open(home, Clock.systemDefaultZone()),
                    Personas.bundled(), UiSettings.load(home.root()));
        }

        /** The reads, or their failure as it was thrown (a French message), not wrapped. */
        static StartReads await(CompletableFuture<StartReads> reads) {
            try {
                return reads.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }

    /** Start-up trace: when the indexes are ready. */
    private static final class TraceIndexes implements fr.passerelle.app.IndexService.Listener {
        @Override
        public void started(String version) {
            StartupTrace.mark("index : chargement ou construction de " + version);
        }

        @Override
        public void progress(String step, long done, long total) {
        }

        @Override
        public void finished(fr.passerelle.app.IndexService.Indexes indexes) {
            StartupTrace.mark("index prêts");
        }

        @Override
        public void failed(Throwable error) {
            StartupTrace.mark("index en échec : " + error);
        }
    }

    /** The workshop mode in its own window: projector type, high contrast, fictional personas only. */
    /** @param persona the persona file given with {@code --workshop --profile}, opened once the data is ready, or null */
    private static void showWorkshop(Stage stage, Workstation workstation, List<Personas.Persona> personas, UiSettings settings,
                                     List<FxTaskRunner> runners, boolean alone, PathRequest persona) {
        Messages messages = new Messages(settings.language());
        FxTaskRunner runner = new FxTaskRunner(new fr.passerelle.ui.common.BackgroundTasks());
        runners.add(runner);
        fr.passerelle.export.TrainingContacts contacts = WorkstationReads.trainingContacts(workstation);
        WorkshopUi ui = new WorkshopUi(workstation.paths(), WorkstationReads.marketSource(workstation),
                (path, rome, name, n, today, out) -> new WorkshopSheetWriter(contacts, fr.passerelle.export.PlanLanguage.of(messages.locale()))
                        .write(path, rome, name, n, today, out),
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
