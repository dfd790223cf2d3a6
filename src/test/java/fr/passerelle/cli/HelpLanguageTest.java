package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help in two languages: French from the annotations, untouched by the bundle; English from the last block
 * of CliMessages_en.properties for every command, option and parameter that has a French description. A new option
 * or command without its English text fails here, with the key to add.
 */
class HelpLanguageTest {

    @TempDir
    Path home;

    /** Every text of the help, by the key picocli reads it from in English, as the given bundle says it. */
    private static Map<String, String> descriptions(CliLanguage language) {
        CommandLine cli = new CommandLine(new PasserelleCommand(h -> {
        }));
        if (language != null) {
            cli.setResourceBundle(language.bundle());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        collect(cli, texts);
        return texts;
    }

    private static void collect(CommandLine cli, Map<String, String> texts) {
        CommandSpec spec = cli.getCommandSpec();
        String command = spec.qualifiedName(".");
        texts.put(command + ".usage.description", String.join("%n", spec.usageMessage().description()));
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (arg.inherited() || arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())) {
                continue; // --home and --lang: said once, on the root; --help and --version: picocli's own keys
            }
            texts.put(key(command, arg), String.join("%n", arg.description()));
        }
        cli.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, texts));
    }

    /** The key this project writes the English of an option or parameter under (see the bundle's last block). */
    private static String key(String command, ArgSpec arg) {
        if (!arg.descriptionKey().isEmpty()) {
            return arg.descriptionKey();
        }
        if (arg instanceof OptionSpec option) {
            return command + "." + option.longestName().replaceFirst("^-+", "");
        }
        PositionalParamSpec p = (PositionalParamSpec) arg;
        return command + "." + p.paramLabel() + "[" + p.index() + "]";
    }

    @Test
    void everyFrenchDescriptionHasItsEnglishText() {
        Map<String, String> french = descriptions(null);
        Map<String, String> english = descriptions(CliLanguage.ENGLISH);
        List<String> missing = new ArrayList<>();
        french.forEach((key, text) -> {
            if (!text.isBlank() && (english.get(key).isBlank() || english.get(key).equals(text))) {
                missing.add(key + " = (English of: " + text + ")");
            }
        });
        assertTrue(french.size() > 100, "the walk found the commands: " + french.keySet());
        assertEquals(List.of(), missing, "add these keys to the last block of CliMessages_en.properties");
    }

    @Test
    void theFrenchHelpIsTheAnnotationsUntouchedByTheBundle() {
        Map<String, String> annotations = descriptions(null);
        Map<String, String> french = descriptions(CliLanguage.FRENCH);
        List<String> changed = annotations.keySet().stream().filter(k -> !annotations.get(k).equals(french.get(k))).toList();

        assertEquals(annotations.keySet(), french.keySet());
        assertEquals(List.of(), changed, "descriptions the French bundle replaces");
    }

    /** Value labels that read the same in English; any other label needs its "passerelle.label.X" key. */
    private static final Set<String> SAME_IN_ENGLISH = Set.of("N", "EUROS", "KM", "CODE", "CODES", "ID", "DATE", "SESSION",
            "COMMUNE", "URL", "DIR", "MS", "S", "K", "FILE", "fr|en", "de|non-inscrit|salarie", "are|ass|rsa|aucune");

    /** Every value label of every command, as written in the annotations (picocli's own "<field>" ones left out). */
    private static Set<String> labels() {
        Set<String> labels = new TreeSet<>();
        collectLabels(new CommandLine(new PasserelleCommand(h -> {
        })), labels);
        return labels;
    }

    private static void collectLabels(CommandLine cli, Set<String> labels) {
        List<ArgSpec> args = new ArrayList<>(cli.getCommandSpec().options());
        args.addAll(cli.getCommandSpec().positionalParameters());
        args.stream().map(ArgSpec::paramLabel).filter(l -> !l.startsWith("<")).forEach(labels::add);
        cli.getSubcommands().values().forEach(sub -> collectLabels(sub, labels));
    }

    @Test
    void everyFrenchValueLabelHasItsEnglish() {
        List<String> missing = new ArrayList<>();
        for (String label : labels()) {
            if (!SAME_IN_ENGLISH.contains(label) && CliLanguage.ENGLISH.label(label).equals(label)) {
                missing.add("passerelle.label." + label);
            }
        }
        assertTrue(labels().contains("DOSSIER") && labels().contains("TEXTE"), labels().toString());
        assertEquals(List.of(), missing, "add these keys to CliMessages_en.properties (or to SAME_IN_ENGLISH here)");
        assertEquals("DOSSIER", CliLanguage.FRENCH.label("DOSSIER"));
    }

    @Test
    void everyEnglishHelpKeyIsReadByACommandOrAnOption() {
        Set<String> read = new TreeSet<>(descriptions(null).keySet());
        read.addAll(List.of("passerelle.home", "passerelle.lang"));
        labels().forEach(l -> read.add("passerelle.label." + l));
        Set<String> written = new TreeSet<>();
        for (String key : Collections.list(CliLanguage.ENGLISH.bundle().getKeys())) {
            if (key.startsWith("passerelle.")) {
                written.add(key);
            }
        }
        written.removeAll(read);
        assertEquals(Set.of(), written, "keys no command or option reads (renamed or removed?)");
    }

    @Test
    void theFrenchBundleHoldsNoDescriptionSoThatTheAnnotationsStayTheOneFrenchSource() {
        var french = CliLanguage.FRENCH.bundle();
        for (String key : french.keySet()) {
            assertFalse(key.startsWith("passerelle."), key);
        }
    }

    private String help(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("the window must not open");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    @ParameterizedTest(name = "passerelle --lang en {0} --help")
    @ValueSource(strings = {"", "import", "status", "jobs", "path", "funding", "plan", "generate", "sync", "serve-central",
        "profiles", "profiles add", "profiles show", "profiles export", "profiles outbox"})
    void theEnglishHelpOfEveryCommandHasNoFrenchDescriptionLeft(String command) {
        List<String> args = new ArrayList<>(List.of("--lang", "en"));
        if (!command.isEmpty()) {
            args.addAll(List.of(command.split(" ")));
        }
        args.add("--help");
        String english = help(args.toArray(String[]::new));
        args.set(1, "fr");
        String french = help(args.toArray(String[]::new));

        assertTrue(english.startsWith("Usage: passerelle"), english);
        // The first words of each French description: each is in the French help (so that this cannot pass for
        // nothing) and none in the English one. Cut before 24 characters, so that a line break cannot hide it.
        List<String> frenchStarts = descriptions(null).values().stream()
                .filter(t -> !t.isBlank())
                .map(t -> t.length() > 24 ? t.substring(0, t.lastIndexOf(' ', 24) < 8 ? 24 : t.lastIndexOf(' ', 24)) : t)
                .filter(french::contains)
                .toList();
        assertFalse(frenchStarts.isEmpty(), french);
        for (String start : frenchStarts) {
            assertFalse(english.contains(start), "\"" + start + "\" still French in:\n" + english);
        }
        for (String word : List.of("Affiche", "Dossier des", "défaut", "Sortie JSON", "Utilisation", "Commandes :", "DOSSIER",
                "FICHIER", "TEXTE", "NIVEAU", "CHEMIN", "AAAA")) {
            assertFalse(english.contains(word), word + " in:\n" + english);
        }
    }

    @Test
    void theEnglishHelpSaysTheInheritedOptionsAndTheDefaultValuesInEnglish() {
        String help = help("--lang", "en", "generate", "--help");

        assertTrue(help.contains("Data folder (default: $PASSERELLE_HOME, else the user's"), help);
        assertTrue(help.contains("Seed of the draw (default: 42)"), help);
        assertTrue(help.contains("Language of the command line's messages and help"), help);
        assertTrue(help.contains("--out=FOLDER") && help.contains("[--seed=SEED]") && help.contains("--from=FOLDER"), help);
    }

    @Test
    void theEnglishHelpSaysTheValueLabelsInEnglishWhereTheFrenchSaysThemInFrench() {
        String english = help("--lang", "en", "plan", "--help");
        String french = help("plan", "--help");

        assertTrue(english.contains("--out=FILE.pdf") && english.contains("--date=YYYY-MM-DD"), english);
        assertTrue(french.contains("--out=FICHIER.pdf") && french.contains("--date=AAAA-MM-JJ"), french);
        assertTrue(help("--lang", "en", "jobs", "--help").contains("TEXT..."));
    }
}
