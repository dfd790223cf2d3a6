package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request's refusals (ProfileResolver: radius, level, maximum length, occupation, commune, amounts) are said
 * in English under {@code --lang en} and stay the French messages they always were by default (same text, exit 2).
 */
class RequestRefusalLanguageTest {
    private static Path home;

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-refusals");
        assertEquals(0, run("jobs", "caisse").exit()); // seeds the samples
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--radius 5000 | rayon : 5000 km n'est pas possible (de 1 à 1000 km) | radius: 5000 km is not possible (from 1 to 1000 km)",
            "--level zzz | niveau : « zzz » est inconnu (aucun, cap, bac, bac+2, bac+3, bac+5, bac+8, ou 1 à 8)"
                    + " | level: \"zzz\" is unknown (aucun, cap, bac, bac+2, bac+3, bac+5, bac+8, or 1 to 8)",
            "--cpf=-5 | solde CPF : un montant négatif (-5 €) n'est pas possible | CPF balance: a negative amount (-5 euros) is not possible",
            "--max-hours 0 | durée maximale : 0 h n'est pas possible (au moins 1 h) | maximum length: 0 h is not possible (at least 1 h)",
            "--limit 0 | --limit : au moins 1 | --limit: at least 1"})
    void aValueOutOfRangeIsRefusedInTheRunsLanguage(String option, String french, String english) {
        List<String> args = new ArrayList<>(List.of("path", "--job", "hôte de caisse", "--commune", "Lille"));
        args.addAll(List.of(option.split(" ")));
        Run fr = run(args.toArray(String[]::new));
        List<String> en = new ArrayList<>(List.of("--lang", "en"));
        en.addAll(args);
        Run eng = run(en.toArray(String[]::new));

        assertEquals(2, fr.exit(), fr.err());
        assertEquals(2, eng.exit(), eng.err());
        assertEquals("passerelle path: " + french, fr.err().lines().findFirst().orElse(""));
        assertEquals("passerelle path: " + english, eng.err().lines().findFirst().orElse(""));
    }

    /** The job search's own checks (they were French under --lang en). */
    @ParameterizedTest(name = "jobs {0}")
    @CsvSource(delimiter = '|', value = {
            "caisse,--limit,0 | --limit doit être au moins 1 | --limit must be at least 1",
            "'   ' | indiquez un intitulé de métier à chercher (TEXTE est vide) | give a job title to search for (TEXT is empty)"})
    void theJobSearchsOwnChecksAreSaidInTheRunsLanguage(String args, String french, String english) {
        List<String> typed = new ArrayList<>(List.of("jobs"));
        typed.addAll(List.of(args.split(",")));
        Run fr = run(typed.toArray(String[]::new));
        typed.addAll(0, List.of("--lang", "en"));
        Run eng = run(typed.toArray(String[]::new));

        assertEquals(2, fr.exit(), fr.err());
        assertEquals(2, eng.exit(), eng.err());
        assertEquals("passerelle: " + french, fr.err().strip());
        assertEquals("passerelle: " + english, eng.err().strip());
    }

    @Test
    void anUnknownOccupationAndAnAmbiguousCommuneAreSaidInEnglishWithTheSameSuggestions() {
        Run fr = run("path", "--job", "zzqxw", "--commune", "Lille");
        Run en = run("--lang", "en", "path", "--job", "zzqxw", "--commune", "Lille");
        assertEquals("passerelle path: métier : aucun intitulé ne correspond à « zzqxw »", fr.err().strip());
        assertEquals("passerelle path: occupation: no job title matches \"zzqxw\"", en.err().strip());

        Run frCommune = run("path", "--rome", "D1505", "--commune", "Lxyz");
        Run enCommune = run("--lang", "en", "path", "--rome", "D1505", "--commune", "Lxyz");
        assertEquals(2, enCommune.exit());
        String first = enCommune.err().lines().findFirst().orElse("");
        assertEquals(true, first.startsWith("passerelle path: commune: \"Lxyz\" "), first);
        // The suggestions are data (communes' names) and come after the first line in both languages, the same.
        assertEquals(frCommune.err().lines().skip(1).toList(), enCommune.err().lines().skip(1).toList());
    }

    @Test
    void aProfileFilesOwnMistakeIsNamedWithItsFileInBothLanguages() throws IOException {
        Path file = Files.writeString(home.resolve("persona.json"), "{\"job\": \"hôte de caisse\", \"radius\": 20}");
        Path typed = Files.writeString(home.resolve("typed.json"), "{\"job\": \"hôte de caisse\", \"radiusKm\": \"vingt\"}");

        String french = run("path", "--profile", file.toString()).err().lines().findFirst().orElse("");
        String english = run("--lang", "en", "path", "--profile", file.toString()).err().lines().findFirst().orElse("");
        String wrongType = run("--lang", "en", "path", "--profile", typed.toString()).err().lines().findFirst().orElse("");

        assertEquals(true, french.startsWith("passerelle path: persona.json : champ inconnu « radius » (attendus : "), french);
        assertEquals(true, english.startsWith("passerelle path: persona.json: unknown field \"radius\" (expected: "), english);
        assertEquals("passerelle path: typed.json: radiusKm must be a whole number", wrongType);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties fr = bundle("requests.properties");
        Properties en = bundle("requests_en.properties");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> wrong = new ArrayList<>();
        for (String key : fr.stringPropertyNames()) {
            if (!placeholders(fr.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                wrong.add(key);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RequestRefusalLanguageTest.class.getResourceAsStream("/fr/passerelle/engine/words/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
