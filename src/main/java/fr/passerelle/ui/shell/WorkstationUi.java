package fr.passerelle.ui.shell;

import atlantafx.base.theme.PrimerLight;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Personas;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.InMemoryProfileStore;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.SessionProfileStore;
import fr.passerelle.app.profile.ProfileStore;
import fr.passerelle.ui.common.BackgroundTasks;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.Screen;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.common.UiThread;
import fr.passerelle.ui.common.ViewLoader;
import fr.passerelle.ui.compare.CompareView;
import fr.passerelle.ui.compare.CompareViewModel;
import fr.passerelle.ui.data.CacheAccess;
import fr.passerelle.ui.data.CacheStatus;
import fr.passerelle.ui.data.DataView;
import fr.passerelle.ui.data.DataViewModel;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.common.UiSettings;
import fr.passerelle.ui.market.MarketView;
import fr.passerelle.ui.market.MarketViewModel;
import fr.passerelle.ui.path.CardGrouping;
import fr.passerelle.ui.path.PathView;
import fr.passerelle.ui.path.PathViewModel;
import fr.passerelle.ui.path.TargetDetailView;
import fr.passerelle.ui.path.TargetDetailViewModel;
import fr.passerelle.ui.plan.ExportPlanDocuments;
import fr.passerelle.ui.plan.PlanView;
import fr.passerelle.ui.plan.PlanViewModel;
import fr.passerelle.ui.profile.JobSuggestion;
import fr.passerelle.ui.profile.ProfileView;
import fr.passerelle.ui.profile.ProfileViewModel;
import fr.passerelle.ui.search.SearchView;
import fr.passerelle.ui.search.SearchViewModel;
import fr.passerelle.ui.unlock.LastPathSaver;
import fr.passerelle.ui.unlock.PersonalDataCover;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;

/**
 * The composition root of the window: builds the view models with constructors, the views through the
 * {@link ViewLoader}, the shell around them, and the scene. The launcher and the UI tests both build it.
 */
public final class WorkstationUi {
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;

    private final Messages messages;
    private final DisplayViewModel display;
    private final MarketViewModel market;
    private MarketView marketView;
    private final InterviewState state = new InterviewState();
    private final BackgroundTasks background = new BackgroundTasks();
    private final CacheStatus cacheStatus;
    private final ShellViewModel shell;
    private final ProfileViewModel profile;
    private final PathViewModel path;
    private final TargetDetailViewModel detail;
    private final CompareViewModel compare;
    private final PlanViewModel plan;
    private final SearchViewModel search;
    private final DataViewModel data;
    private final fr.passerelle.ui.sync.SyncViewModel sync;
    private final fr.passerelle.ui.sync.WorkstationSync syncAccess;
    private final Scene scene;
    private final TaskRunner runner;
    /** The data's opening (seeding, datasets) started, ended; what waits for its end. FX thread only. */
    private boolean dataStarted;
    private boolean dataOpened;
    private final List<Runnable> whenOpened = new java.util.ArrayList<>();

    /**
     * @param tasks    the FX task runner (its {@link BackgroundTasks} must be {@link #background()}: build it with
     *                 {@link #tasksFor}), or another for tests
     */
    public WorkstationUi(Workstation workstation, PathService paths, DialogService dialogs, TaskRunnerFactory tasks,
                         List<Personas.Persona> personas, ProfileStore profiles, Clock clock) {
        this(workstation, paths, dialogs, tasks, personas, profiles, clock, UiSettings.inMemory(), null);
    }

    /**
     * @param settings     zoom, contrast and language of the window (the home folder's, or in memory for tests)
     * @param openWorkshop opens the workshop mode from the shell's header, or null to hide that button
     */
    public WorkstationUi(Workstation workstation, PathService paths, DialogService dialogs, TaskRunnerFactory tasks,
                         List<Personas.Persona> personas, ProfileStore profiles, Clock clock, UiSettings settings,
                         Runnable openWorkshop) {
        messages = new Messages(settings.language());
        display = new DisplayViewModel(settings, messages);
        cacheStatus = new CacheStatus(messages);
        runner = tasks.create(background);
        CacheAccess cache = WorkstationReads.cacheAccess(workstation);
        UiThread ui = Platform::runLater;
        shell = new ShellViewModel(cache, cacheStatus, workstation.indexes(), background, runner, ui, state, messages);
        profile = new ProfileViewModel(paths, profiles, state, runner, dialogs, shell, messages, personas);
        path = new PathViewModel(paths, state, runner, shell, messages, CardGrouping.byHorizon(messages));
        detail = new TargetDetailViewModel(paths, state, runner, messages);
        compare = new CompareViewModel(state, paths, messages);
        plan = new PlanViewModel(state, runner, dialogs, messages, clock,
                new ExportPlanDocuments(WorkstationReads.trainingContacts(workstation)));
        search = new SearchViewModel(paths, runner, messages, match -> {
            profile.pickJob(new JobSuggestion(match.title().label(), match.title().romeCode().value(), match.title().romeLabel()));
            shell.show(Screen.PROFILE);
        });
        data = new DataViewModel(cache, cacheStatus, workstation.indexes(), runner, dialogs, messages, ui);
        market = new MarketViewModel(WorkstationReads.marketSource(workstation), state, runner, shell, messages);
        syncAccess = fr.passerelle.ui.sync.WorkstationSync.of(workstation, clock);
        sync = new fr.passerelle.ui.sync.SyncViewModel(syncAccess, cacheStatus,
                workstation.indexes(), runner, fr.passerelle.ui.sync.SyncPanel.fxScheduler(), clock, messages);
        shell.onNewData(version -> {
            path.refresh();
            market.refreshData();
        });
        plan.setActive(false);
        shell.screenProperty().addListener((obs, old, screen) -> plan.setActive(screen == Screen.PLAN));

        ViewLoader loader = new ViewLoader(messages)
                .register(ProfileView.class, () -> new ProfileView(profile))
                .register(PathView.class, () -> new PathView(path))
                .register(TargetDetailView.class, () -> new TargetDetailView(detail))
                .register(CompareView.class, () -> new CompareView(compare))
                .register(PlanView.class, () -> new PlanView(plan))
                .register(SearchView.class, () -> new SearchView(search))
                .register(DataView.class, () -> new DataView(data))
                .register(MarketView.class, () -> new MarketView(market, messages))
                .register(fr.passerelle.ui.sync.SyncView.class, () -> new fr.passerelle.ui.sync.SyncView(sync));
        // Each screen is loaded when first shown (ScreenEntry.lazy): the first frame waits for one screen, not nine.
        Map<Screen, ScreenEntry> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.PROFILE, ScreenEntry.lazy(() -> {
            var v = loader.load(ProfileView.class);
            return ScreenEntry.of(v.root(), v.controller(), v.controller()::focus);
        }));
        screens.put(Screen.PATH, ScreenEntry.lazy(() -> {
            var v = loader.load(PathView.class);
            return ScreenEntry.of(v.root(), v.controller(), v.controller()::focus);
        }));
        screens.put(Screen.COMPARE, ScreenEntry.lazy(() -> {
            var v = loader.load(CompareView.class);
            return ScreenEntry.of(v.root(), v.controller(), compare::refresh);
        }));
        screens.put(Screen.PLAN, ScreenEntry.lazy(() -> {
            var v = loader.load(PlanView.class);
            return ScreenEntry.of(v.root(), v.controller(), v.controller()::focus);
        }));
        screens.put(Screen.SEARCH, ScreenEntry.lazy(() -> {
            var v = loader.load(SearchView.class);
            return ScreenEntry.of(v.root(), v.controller(), v.controller()::focus);
        }));
        // The sync view is built now: its chip sits in the status bar from the start (issue 12).
        var syncView = loader.load(fr.passerelle.ui.sync.SyncView.class);
        screens.put(Screen.DATA, ScreenEntry.lazy(() -> {
            var v = loader.load(DataView.class);
            return ScreenEntry.of(fr.passerelle.ui.sync.SyncPanel.above(v.root(), syncView.root()), v.controller(), v.controller()::focus);
        }));
        screens.put(Screen.MARKET, ScreenEntry.lazy(() -> {
            var v = loader.load(MarketView.class);
            marketView = v.controller();
            return ScreenEntry.of(v.root(), marketView, marketView::focus);
        }));
        loader.register(ShellView.class, () -> new ShellView(shell, screens, messages, display, openWorkshop));
        var shellView = loader.load(ShellView.class);
        Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(shellView.root(), Math.min(WIDTH, bounds.getWidth()), Math.min(HEIGHT, bounds.getHeight()));
        scene.getStylesheets().add(WorkstationUi.class.getResource("/fr/passerelle/ui/theme.css").toExternalForm());
        shellView.controller().install(scene);
        acceptDroppedFiles();
        shellView.controller().addToStatusBar(syncView.controller().statusChip());
        // The sync panel reads the datasets: at once when the cache is open (tests), else once it is (shell first);
        // never if it could not open (the shell says why).
        workstation.opened().thenRun(() -> {
            if (Platform.isFxApplicationThread()) {
                sync.refresh();
            } else {
                Platform.runLater(sync::refresh);
            }
        });
        sync.startRetries();
        shell.darkProperty().set(display.highContrastProperty().get());
        shell.darkProperty().bindBidirectional(display.highContrastProperty());
        applyTheme(shell.darkProperty().get());
        shell.darkProperty().addListener((obs, o, dark) -> applyTheme(dark));
        applyZoom();
        display.zoomProperty().addListener((obs, o, z) -> applyZoom());
    }

    /** Files or folders dropped anywhere on the window are imported, as from the data screen (shown then). */
    private void acceptDroppedFiles() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !data.importingProperty().get() && data.dataKnownProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                shell.show(Screen.DATA);
                data.importPaths(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Every size of the theme is in em: the root font size zooms the whole window. */
    private void applyZoom() {
        scene.getRoot().setStyle("-fx-font-size: " + display.fontPx() + "px;");
    }

    /** Builds the task runner of the window from the shell's background-task list. */
    @FunctionalInterface
    public interface TaskRunnerFactory {
        TaskRunner create(BackgroundTasks background);
    }

    /**
     * AtlantaFX Primer light, or the high-contrast theme: {@code high-contrast.css} replaces AtlantaFX's colour
     * variables (white and yellow on black, every pair at least 7:1) for this scene only. The user-agent stylesheet
     * stays Primer light: it is global to the application, and the workshop window has its own theme.
     */
    private void applyTheme(boolean dark) {
        applyTheme(scene, dark);
    }

    /** Same for any scene of the application (the workshop window too). */
    public static void applyTheme(Scene scene, boolean highContrast) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        String sheet = WorkstationUi.class.getResource(HIGH_CONTRAST_CSS).toExternalForm();
        scene.getStylesheets().remove(sheet);
        if (highContrast) {
            scene.getRoot().getStyleClass().add("dark");
            scene.getStylesheets().add(sheet);
        }
    }

    public static final String THEME_CSS = "/fr/passerelle/ui/theme.css";
    public static final String HIGH_CONTRAST_CSS = "/fr/passerelle/ui/high-contrast.css";

    /**
     * Starts opening the data (the shell's start task: waits for the cache, seeds, lists, indexes), once; the window
     * calls it at once, before the personal data is unlocked, so that the data opens while the passphrase is typed.
     */
    public void openData() {
        if (!dataStarted) {
            dataStarted = true;
            shell.start(() -> {
                dataOpened = true;
                whenOpened.forEach(Runnable::run);
                whenOpened.clear();
            });
        }
    }

    /**
     * Starts the interview: seeds and indexes the data, then, with a profile, opens her path (and the given screen).
     */
    public void start(PathRequest person, String screenKey) {
        if (person != null) {
            profile.openRequest(person);
        }
        openData();
        Runnable then = () -> {
            if (person != null) {
                if (screenKey != null) {
                    openWhenPathShown(screenKey, person);
                }
                profile.showPath();
            } else if ("carte".equals(screenKey)) {
                shell.show(Screen.MARKET);
                marketView.showMap();
            } else if (screenKey != null) {
                fr.passerelle.ui.common.Screen.byKey(screenKey).ifPresent(shell::show);
            }
        };
        if (dataOpened) {
            then.run();
        } else {
            whenOpened.add(then);
        }
    }

    private void openWhenPathShown(String screenKey, PathRequest person) {
        state.pathProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends fr.passerelle.engine.result.PathResult> obs,
                                fr.passerelle.engine.result.PathResult old, fr.passerelle.engine.result.PathResult result) {
                if (result == null) {
                    return;
                }
                state.pathProperty().removeListener(this);
                if (screenKey.equals("detail")) {
                    if (!result.occupations().isEmpty()) {
                        path.openDetail(result.occupations().get(0).rome());
                    }
                    shell.show(Screen.PATH);
                } else if (screenKey.equals("carte")) {
                    shell.show(Screen.MARKET);
                    marketView.showMap();
                } else {
                    if (screenKey.equals(Screen.SEARCH.key()) && person.job() != null) {
                        search.queryProperty().set(person.job());
                    }
                    Screen.byKey(screenKey).ifPresent(shell::show);
                }
            }
        });
    }

    /**
     * Issue 13: covers the window with the passphrase setup / unlock screen, locks the personal data after the
     * configured inactivity, and keeps where each interview ended with the profile. {@code profiles} must be the store
     * this window's profile screen was built with.
     */
    public PersonalDataCover coverWithPersonalData(PersonalData personal, SessionProfileStore profiles, Clock clock) {
        LastPathSaver saver = new LastPathSaver(state, plan, profiles, clock, runner);
        syncAccess.outboxFrom(personal::outbox); // the outbox lives in the encrypted store: pushed and counted while unlocked
        return PersonalDataCover.install(scene, personal, profiles, runner, messages, clock, saver, profile::reloadProfiles);
    }

    /** A store that keeps profiles in memory only (the window without personal data: tests, demonstrations). */
    public static ProfileStore memoryProfiles(Clock clock) {
        return new InMemoryProfileStore(clock);
    }

    public Scene scene() {
        return scene;
    }

    public BackgroundTasks background() {
        return background;
    }

    public InterviewState state() {
        return state;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public PathViewModel path() {
        return path;
    }

    public TargetDetailViewModel detail() {
        return detail;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public DataViewModel data() {
        return data;
    }

    public DisplayViewModel display() {
        return display;
    }

    public MarketViewModel market() {
        return market;
    }

    /** The market screen's view: null until the screen was first shown (screens are loaded when first shown). */
    public MarketView marketView() {
        return marketView;
    }

    public fr.passerelle.ui.sync.SyncViewModel sync() {
        return sync;
    }

    public Messages messages() {
        return messages;
    }
}
