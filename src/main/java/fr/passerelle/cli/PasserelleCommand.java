package fr.passerelle.cli;

import fr.passerelle.app.Home;
import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.store.H2Urls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: with no sub-command it starts the workstation window. */
@Command(name = "passerelle", mixinStandardHelpOptions = true, version = "Passerelle 0.1.0",
        description = "Poste de travail des conseillers en évolution professionnelle.%n"
                + "Sans commande : ouvre le poste de travail.",
        subcommands = {ImportCommand.class, StatusCommand.class, JobsCommand.class, PathCommand.class, FundingCommand.class,
                PlanCommand.class, GenerateCommand.class, SyncCommand.class, ServeCentralCommand.class,
                ProfilesCommand.class})
public final class PasserelleCommand implements Callable<Integer> {

    /** Starts the window; given by Main so that the CLI never loads JavaFX itself. */
    @FunctionalInterface
    public interface WindowLauncher {
        void launch(Home home);

        /** Opens on a person's path or a given screen; a launcher that cannot just opens the window. */
        default void launch(Home home, WindowStart start) {
            launch(home);
        }
    }

    /**
     * How the window opens: on a person's path when a profile file was given (already read and checked), on a given
     * screen for demonstrations and screenshots.
     */
    public record WindowStart(Path profileFile, PathRequest profile, String screen) {
        public static final WindowStart PLAIN = new WindowStart(null, null, null);
    }

    private final WindowLauncher launcher;
    /** The language chosen for this run (--lang, or the locale variables at the console entry); French by default. */
    private CliLanguage language = CliLanguage.FRENCH;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Inherited by every command: one English description each in CliMessages_en.properties, whatever the command
    // (picocli would look for "passerelle.<command>.home" otherwise).
    @Option(names = "--home", paramLabel = "DOSSIER", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "passerelle.home",
            description = "Dossier des données (défaut : $PASSERELLE_HOME, sinon le dossier de données de l'utilisateur)")
    Path home;

    @Option(names = "--lang", paramLabel = "fr|en", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "passerelle.lang",
            description = "Langue des messages et de l'aide de la ligne de commande : fr (défaut) ou en")
    String lang;

    @Option(names = "--profile", paramLabel = "FICHIER",
            description = "Ouvre le poste sur le parcours de cette personne (fichier JSON, voir data-samples/personas/)")
    Path profile;

    @Option(names = "--screen", paramLabel = "ÉCRAN",
            description = "Écran d'ouverture (démonstrations, captures) : profil, parcours, detail, comparer, plan, recherche, donnees, marche, carte")
    String screen;

    @Option(names = "--workshop",
            description = "Ouvre le mode atelier (vidéoprojecteur, personas fictives, aucune donnée personnelle) ;"
                    + " avec --profile, sur le marché de cette persona")
    boolean workshop;

    public PasserelleCommand(WindowLauncher launcher) {
        this.launcher = launcher;
    }

    /** The data folder; refused (exit 2) when its path could be read by H2 as settings. */
    Home home() {
        Home resolved = Home.resolve(home);
        H2Urls.requireSafe(resolved.root());
        return resolved;
    }

    @Override
    public Integer call() {
        PathRequest request = null;
        if (profile != null) {
            try {
                request = PathRequest.fromFile(profile);
            } catch (InvalidRequestException e) {
                spec.commandLine().getErr().println("passerelle: " + e.text(language().reasons()));
                return 2;
            }
        }
        if (screen != null && !SCREENS.contains(screen)) {
            spec.commandLine().getErr().println("passerelle: --screen : écran « " + screen + " » inconnu (" + String.join(", ", SCREENS) + ")");
            return 2;
        }
        if (workshop && screen != null) {
            spec.commandLine().getErr().println("passerelle: --workshop : le mode atelier n'ouvre pas d'autre écran (sans --screen)");
            return 2;
        }
        launcher.launch(home(), new WindowStart(profile, request, workshop ? WORKSHOP_SCREEN : screen));
        return 0;
    }

    /** The screens the window can open on (see ui.shell.Screen). */
    public static final java.util.List<String> SCREENS = java.util.List.of("profil", "parcours", "detail", "comparer", "plan",
            "recherche", "donnees", "marche", "carte");

    /** The start of {@code --workshop}, handed to the launcher as a screen name so that its contract stays the same. */
    public static final String WORKSHOP_SCREEN = "atelier";

    /** Runs the command line and returns the exit code: 0 success, 2 bad input, 1 anything else. */
    public static int run(WindowLauncher launcher, String... args) {
        // Only the console entry reads the locale variables: tests and callers get French unless --lang says otherwise.
        CliLanguage language = CliLanguage.choose(java.util.List.of(args), System.getenv());
        return execute(new CommandLine(new PasserelleCommand(launcher)), language, args);
    }

    /** Same, writing to {@code out} and {@code err} instead of the console (tests capture them). */
    public static int run(WindowLauncher launcher, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PasserelleCommand(launcher));
        cli.setOut(out);
        cli.setErr(err);
        return execute(cli, CliLanguage.choose(java.util.List.of(args), java.util.Map.of()), args);
    }

    static int execute(CommandLine cli, CliLanguage language, String... args) {
        cli.setResourceBundle(language.bundle());
        cli.setHelpFactory(new HelpLabels(language)); // the value labels of the help (DOSSIER / FOLDER)
        if (cli.getCommand() instanceof PasserelleCommand root) {
            root.language = language;
        }
        // "--screen plan": the name of a screen may also be a command's.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("passerelle: " + e.getMessage());
            // A data folder that cannot be used is the user's input (2); anything else is the machine's state (1).
            return e instanceof H2Urls.UnsafeFolderException ? 2 : 1;
        });
        cli.setParameterExceptionHandler(new ParameterErrors(language));
        // A cache upgraded at its first open by this version can take minutes: said at once, not after them.
        java.io.PrintWriter err = cli.getErr();
        fr.passerelle.engine.words.MessageRenderer words = language.reasons();
        fr.passerelle.store.CacheNotices.listen(notice -> {
            err.println("passerelle: " + words.render(notice));
            err.flush();
        });
        try {
            return cli.execute(args);
        } finally {
            fr.passerelle.store.CacheNotices.listen(null);
        }
    }

    /** The language of this run's output: what the path's reasons are said in. */
    CliLanguage language() {
        return language;
    }
}
