package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line speaks French: every command's help, picocli's own errors rewritten with a suggestion for a typo,
 * exit code 2 and one line on stderr; English only when asked. None of these runs opens a data folder.
 */
class CommandLineLanguageTest {
    /** Words of picocli's English texts that must never reach a French user. */
    private static final Pattern ENGLISH = Pattern.compile("Usage:|Options:|Commands:|Show this help|Print version|Unknown|"
            + "Unmatched|Missing required|Invalid value|Expected parameter|should be specified|<[a-z]+>");

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(0, home.toString());
        all.add(0, "--home");
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("the window must not open");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "passerelle {0} --help")
    @ValueSource(strings = {"", "import", "status", "jobs", "path", "funding", "plan", "generate", "sync", "serve-central", "profiles"})
    void everyCommandsHelpIsFrench(String command) {
        Run run = command.isEmpty() ? run("--help") : run(command, "--help");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(("Utilisation : passerelle " + command).strip()), run.out());
        assertTrue(run.out().contains("Options :"), run.out());
        assertTrue(run.out().contains("-h, --help") && run.out().contains("Affiche cette aide et s'arrête."), run.out());
        assertFalse(ENGLISH.matcher(run.out()).find(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void theTopHelpListsEveryCommandUnderAFrenchHeading() {
        Run run = run("--help");

        String commands = run.out().substring(run.out().indexOf("Commandes :"));
        for (String command : List.of("import", "status", "jobs", "path", "funding", "plan", "generate", "sync", "serve-central", "profiles")) {
            assertTrue(Pattern.compile("(?m)^  " + command + " ").matcher(commands).find(), command + " in " + commands);
        }
        assertTrue(run.out().contains("[COMMANDE]"), run.out());
    }

    @ParameterizedTest(name = "passerelle {0}")
    @CsvSource(delimiter = '|', textBlock = """
            improt x                        | Commande inconnue « improt ». Vouliez-vous dire « import » ?
            stauts                          | Commande inconnue « stauts ». Vouliez-vous dire « status » ?
            jbos caissier                   | Commande inconnue « jbos ». Vouliez-vous dire « jobs » ?
            zzzz                            | Commande inconnue « zzzz » (commandes : import, status, jobs, path, funding, plan, generate, sync, serve-central, profiles).
            --hom x status                  | Option inconnue « --hom ». Vouliez-vous dire « --home » ?
            status --jsn                    | Option inconnue « --jsn ». Vouliez-vous dire « --json » ?
            status --chekc                  | Option inconnue « --chekc ». Vouliez-vous dire « --check » ?
            status --foo                    | Option inconnue « --foo » (voir passerelle status --help).
            status --jsn=oui                | Option inconnue « --jsn ». Vouliez-vous dire « --json » ?
            status extra                    | Argument en trop : « extra » (passerelle status n'attend pas d'autre valeur).
            status a b                      | Arguments en trop : « a », « b » (passerelle status n'attend pas d'autres valeurs).
            jobs                            | Paramètre obligatoire manquant : TEXTE.
            import                          | Paramètre obligatoire manquant : CHEMIN.
            generate --sessions 5           | Option obligatoire manquante : --out DOSSIER.
            jobs --limit abc caissier       | Valeur invalide pour --limit : « abc » (nombre entier attendu).
            path --radius=douze             | Valeur invalide pour --radius : « douze » (nombre entier attendu).
            path --cpf beaucoup             | Valeur invalide pour --cpf : « beaucoup » (nombre attendu).
            jobs caissier --limit           | L'option --limit attend une valeur (N).
            jobs caissier --limit --json    | L'option --limit attend une valeur (N), mais « --json » la suit.
            jobs x --limit 2 --limit 3      | L'option --limit est donnée plus d'une fois.
            jobs caissier --limit 0         | --limit doit être au moins 1
            """)
    void aMistakeIsSaidInFrenchInOneLineWithExitCode2(String args, String message) {
        Run run = run(args.strip().split(" +"));

        assertEquals(2, run.exit(), run.err());
        assertEquals("passerelle: " + message.strip() + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "passerelle --lang en {0}")
    @CsvSource(delimiter = '|', textBlock = """
            improt x                   | Unknown command 'improt'. Did you mean 'import'?
            status --jsn               | Unknown option '--jsn'. Did you mean '--json'?
            jobs --limit abc caissier  | Invalid value for --limit: 'abc' (expected: a whole number).
            jobs                       | Missing required parameter: TEXT.
            generate --sessions 5      | Missing required option: --out FOLDER.
            jobs caissier --limit      | Option --limit needs a value (N).
            """)
    void englishWhenAskedFor(String args, String message) {
        List<String> all = new ArrayList<>(List.of("--lang", "en"));
        all.addAll(List.of(args.strip().split(" +")));
        Run run = run(all.toArray(String[]::new));

        assertEquals(2, run.exit());
        assertEquals("passerelle: " + message.strip() + System.lineSeparator(), run.err());
    }

    @Test
    void englishHelpHeadingsWhenAskedFor() {
        Run run = run("--lang=en", "status", "--help");

        assertTrue(run.out().startsWith("Usage: passerelle status"), run.out());
        assertTrue(run.out().contains("Show this help message and exit."), run.out());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --lang en                      |               | ENGLISH
            --lang=fr                      | en_US.UTF-8   | FRENCH
            status                         | en_GB.UTF-8   | ENGLISH
            status                         | fr_FR.UTF-8   | FRENCH
            status                         | C.UTF-8       | FRENCH
            status                         |               | FRENCH
            """)
    void theLanguageComesFromTheOptionThenFromLang(String args, String lang, CliLanguage expected) {
        Map<String, String> environment = lang == null ? Map.of() : Map.of("LANG", lang);

        assertEquals(expected, CliLanguage.choose(List.of(args.split(" ")), environment));
    }

    @Test
    void lcAllWinsOverLangAsPosixOrdersThem() {
        assertEquals(CliLanguage.FRENCH, CliLanguage.choose(List.of(), Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "en_US.UTF-8")));
    }

    @ParameterizedTest(name = "{0} among commands → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            improt   | import
            imp      | import
            sttaus   | status
            pth      | path
            planz    | plan
            xyz      |
            """)
    void suggestsTheClosestCommandOrNothing(String typed, String expected) {
        List<String> commands = List.of("import", "status", "jobs", "path", "funding", "plan", "generate");

        assertEquals(expected == null ? List.of() : List.of(expected), Suggestions.closest(typed, commands));
    }
}
