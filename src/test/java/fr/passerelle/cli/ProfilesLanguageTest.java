package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.Home;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.personal.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code profiles} other than {@code show} in both languages: the French output is the one the commands always printed
 * (compared as whole lines), the English one is said under {@code --lang en}, with the same exit codes; no message
 * repeats a passphrase or names a person who is not asked for.
 */
class ProfilesLanguageTest {
    private static final String PASS = "le merle chante au printemps";
    private static final String KEY_FORMAT = "passerelle-personal-key-1";

    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>(Map.of(ProfilesCommand.ENV, PASS));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    record Run(int exit, String out, String err) {
        String lastError() {
            List<String> lines = err.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private Path home() {
        return dir.resolve("home");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PasserelleCommand(home -> {
            throw new IllegalStateException("no window in this test");
        }));
        ProfilesCommand profiles = (ProfilesCommand) cli.getSubcommands().get("profiles").getCommand();
        profiles.env = env::get;
        profiles.clock = clock;
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home().toString()));
        String[] line = all.toArray(String[]::new);
        return new Run(PasserelleCommand.execute(cli, CliLanguage.choose(all, Map.of()), line), out.toString(), err.toString());
    }

    private Run english(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private String add(String first, String last) {
        Run add = run("profiles", "add", "--first-name", first, "--last-name", last, "--rome", "D1505", "--commune", "Roubaix");
        assertEquals(0, add.exit(), add.err());
        return add.out().strip();
    }

    @ParameterizedTest(name = "« {0} »")
    @CsvSource(delimiter = '|', value = {
            "zq7x | la phrase secrète doit compter au moins 12 caractères (une courte phrase de quelques mots convient)"
                    + " | the passphrase is too short: it needs at least 12 characters (a short sentence of a few words will do)",
            "aaaaaaaaaaaaaaaa | la phrase secrète est trop répétitive : choisissez quelques mots"
                    + " | the passphrase is too repetitive: choose a few different words"})
    void aPassphraseTooWeakIsRefusedWithWhyAndNothingIsWritten(String passphrase, String french, String english) {
        env.put(ProfilesCommand.ENV, passphrase);

        Run fr = run("profiles", "list");
        Run en = english("profiles", "list");

        assertEquals(2, fr.exit(), fr.err());
        assertEquals(2, en.exit(), en.err());
        assertEquals("passerelle: " + french, fr.lastError());
        assertEquals("passerelle: " + english, en.lastError());
        assertFalse(Files.exists(new Home(home()).personalKeyFile()), "no key written for a refused passphrase");
        assertFalse(fr.err().contains(passphrase) || en.err().contains(passphrase));
    }

    @Test
    void theFirstUseWarningIsSaidInTheRunsLanguage() {
        Run en = english("profiles", "list");

        assertEquals(0, en.exit(), en.err());
        assertEquals("Passphrase set. WARNING: it is stored nowhere; without it the personal data is lost (the cache of"
                + " reference data is not affected).", en.err().strip());
        assertEquals("No records saved.", en.out().strip());
        assertEquals("Aucun dossier enregistré.", run("profiles", "list").out().strip());
    }

    @Test
    void aWrongPassphraseSaysSoWithoutRepeatingItOrNamingAnyone() {
        add("Zéphyrine", "Quintavalle");
        env.put(ProfilesCommand.ENV, "ce n'est pas la bonne phrase");

        Run fr = run("profiles", "list");
        Run en = english("profiles", "list");

        assertEquals(1, fr.exit());
        assertEquals(1, en.exit());
        assertEquals("passerelle: phrase secrète incorrecte : les données personnelles restent verrouillées, rien n'a été"
                + " modifié", fr.err().strip());
        assertEquals("passerelle: wrong passphrase: the personal data stays locked and nothing was changed", en.err().strip());
        for (Run r : List.of(fr, en)) {
            assertFalse((r.out() + r.err()).contains("Quintavalle") || (r.out() + r.err()).contains("bonne phrase"), r.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown format | format=autre-chose | {0} : format de fichier de clé inconnu (attendu " + KEY_FORMAT + ", argon2id)"
                    + " | {0}: not a key file this Passerelle knows (expected " + KEY_FORMAT + ", argon2id)",
            "weakened | memoryKiB=1024 | {0} : réglages Argon2id sous le minimum de l'OWASP (1024 Kio, 3 passes) : fichier refusé"
                    + " | {0}: Argon2id settings below the OWASP minimum (1024 KiB, 3 passes): file refused",
            "truncated | salt= | {0} : fichier de clé incomplet ou modifié (NullPointerException)"
                    + " | {0}: the key file is incomplete or was edited (NullPointerException)"})
    void aDamagedKeyFileIsNamedAndExitsOne(String what, String edit, String french, String english) throws Exception {
        add("Zéphyrine", "Quintavalle");
        Path key = new Home(home()).personalKeyFile();
        String field = edit.substring(0, edit.indexOf('=') + 1);
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(key, StandardCharsets.ISO_8859_1)) {
            if (!l.startsWith(field)) {
                lines.add(l);
            } else if (!edit.endsWith("=")) {
                lines.add(edit); // a truncated file loses the line; the others change its value
            }
        }
        Files.write(key, lines, StandardCharsets.ISO_8859_1);

        Run fr = run("profiles", "list");
        Run en = english("profiles", "list");

        assertEquals(1, fr.exit(), fr.err());
        assertEquals(1, en.exit(), en.err());
        assertEquals("passerelle: " + french.replace("{0}", key.toString()), fr.err().strip());
        assertEquals("passerelle: " + english.replace("{0}", key.toString()), en.err().strip());
    }

    @Test
    void aStoreOpenInAnotherPasserelleIsSaidInBothLanguagesAndNothingIsRead() throws Exception {
        add("Zéphyrine", "Quintavalle");
        try (PersonalData window = PersonalData.open(new Home(home()), clock)) {
            window.unlock(PASS.toCharArray());

            Run fr = run("profiles", "list");
            Run en = english("profiles", "list");

            assertEquals(1, fr.exit(), fr.err());
            assertEquals(1, en.exit(), en.err());
            assertEquals("passerelle: les données personnelles sont déjà ouvertes par un autre Passerelle sur ce poste (une"
                    + " fenêtre ou une commande profiles) : fermez-le, puis réessayez", fr.err().strip());
            assertEquals("passerelle: the personal data is already open in another Passerelle on this workstation (a window"
                    + " or a profiles command): close it, then try again", en.err().strip());
            assertEquals("", fr.out() + en.out());
        }
    }

    @Test
    void listExportEraseAndPurgeSayTheirResultsInTheRunsLanguage() throws Exception {
        String id = add("Zéphyrine", "Quintavalle");
        String padded = String.format("%-32s", "Zéphyrine Quintavalle");

        assertEquals(id + "  " + padded + "  dernière activité le 2 mars 2026\n", run("profiles", "list").out());
        assertEquals(id + "  " + padded + "  last active on 2 March 2026\n", english("profiles", "list").out());

        Path file = dir.resolve("export.json");
        assertEquals("Données exportées dans " + file.toAbsolutePath() + " (fichier non chiffré : à remettre à la personne"
                + " puis à supprimer).\n", run("profiles", "export", id, "--out", file.toString()).out());
        assertEquals("Data exported to " + file.toAbsolutePath() + " (not encrypted: hand it to the person, then delete"
                + " it).\n", english("profiles", "export", id, "--out", file.toString()).out());
        Path nowhere = dir.resolve("missing/export.json");
        Run cannot = english("profiles", "export", id, "--out", nowhere.toString());
        assertEquals(1, cannot.exit());
        assertEquals("passerelle: " + nowhere + ": cannot write (NoSuchFileException)", cannot.err().strip());

        assertEquals("Conservation de 12 mois : 0 dossier(s) supprimé(s) maintenant ; 1 dossier(s) conservé(s).\n",
                run("profiles", "purge").out());
        assertEquals("Retention 12 months: 0 records deleted now; 1 record kept.\n", english("profiles", "purge").out());

        Run erased = english("profiles", "erase", id);
        assertEquals(0, erased.exit(), erased.err());
        assertEquals("Record erased (profile, notes, paths and its outbox), file compacted: this data is no longer in the"
                + " file. The agency will be asked to erase it too at the next push (profiles push).\n", erased.out());
        // Erased: every command that names her id now says it is unknown, in the run's language, exit 2.
        Run fr = run("profiles", "erase", id);
        Run en = english("profiles", "export", id, "--out", file.toString());
        assertEquals(2, fr.exit());
        assertEquals(2, en.exit());
        assertEquals("passerelle: aucun dossier « " + id + " » (voir passerelle profiles list)", fr.err().strip());
        assertEquals("passerelle: no record \"" + id + "\" (see passerelle profiles list)", en.err().strip());
    }

    @Test
    void theFrenchEraseSentenceIsUnchanged() {
        String id = add("Zéphyrine", "Quintavalle");
        assertEquals("Dossier effacé (profil, notes, parcours et sa boîte d'envoi), fichier compacté : ces données ne sont"
                + " plus dans le fichier. L'agence sera priée de l'effacer aussi au prochain envoi (profiles push).\n",
                run("profiles", "erase", id).out());
    }

    @Test
    void aPurgeOfSeveralFilesCountsThemInEachLanguage() {
        add("Zéphyrine", "Quintavalle");
        add("Anatole", "Brisebarre");
        clock.advance(Duration.ofDays(366));
        add("Octavie", "Lamberdière");

        // The unlock purges the two old files; the count of this pass is 0 and one file is kept.
        assertEquals("Retention 12 months: 0 records deleted now; 1 record kept.\n", english("profiles", "purge").out());
        add("Barnabé", "Fontcouverte");
        assertEquals("Conservation de 12 mois : 0 dossier(s) supprimé(s) maintenant ; 2 dossier(s) conservé(s).\n",
                run("profiles", "purge").out());
        assertEquals("Retention 12 months: 0 records deleted now; 2 records kept.\n", english("profiles", "purge").out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--rome D15 | --rome « D15 » : un code ROME est une lettre (A à N) et quatre chiffres, par exemple D1505"
                    + " | --rome \"D15\": a ROME code is a letter (A to N) and four digits, such as D1505",
            "--support-end 30/06/2027 | --support-end / --allocation-end : date attendue au format AAAA-MM-JJ"
                    + " | --support-end / --allocation-end: expected a date as YYYY-MM-DD, such as 2027-06-30",
            "--job= | --rome ou --job : le métier actuel est attendu | --rome or --job: give the current occupation"})
    void addRefusesAMistypedOptionInTheRunsLanguage(String option, String french, String english) {
        List<String> args = new ArrayList<>(List.of("profiles", "add", "--first-name", "A", "--last-name", "B", "--commune", "Lille"));
        if (!option.equals("--job=")) {
            args.addAll(List.of(option.split(" ")));
            if (!option.startsWith("--rome")) {
                args.addAll(List.of("--rome", "D1505"));
            }
        }
        Run fr = run(args.toArray(String[]::new));
        Run en = english(args.toArray(String[]::new));

        assertEquals(2, fr.exit());
        assertEquals(2, en.exit());
        assertEquals("passerelle: " + french, fr.err().strip());
        assertEquals("passerelle: " + english, en.err().strip());
    }

    @Test
    void passphraseChangeSaysItsResultAndRefusesAWeakOneOrABlankHome() {
        Run notSetUp = english("profiles", "passphrase");
        assertEquals(2, notSetUp.exit());
        assertEquals("passerelle: no passphrase set up on this workstation (it will be at the first profiles add)", notSetUp.err().strip());
        assertEquals("passerelle: aucune phrase secrète définie sur ce poste (elle le sera au premier profiles add)",
                run("profiles", "passphrase").err().strip());

        add("Zéphyrine", "Quintavalle");
        env.put(ProfilesCommand.ENV_NEW, "aaaaaaaaaaaaaaaa");
        Run weak = english("profiles", "passphrase");
        assertEquals(2, weak.exit());
        assertEquals("passerelle: the passphrase is too repetitive: choose a few different words", weak.err().strip());

        env.put(ProfilesCommand.ENV_NEW, "trois petits chats dans la cour");
        assertEquals("Passphrase changed (the database was not rewritten).\n", english("profiles", "passphrase").out());
        env.put(ProfilesCommand.ENV, "trois petits chats dans la cour");
        env.put(ProfilesCommand.ENV_NEW, "le merle chante au printemps");
        assertEquals("Phrase secrète changée (la base n'a pas été réécrite).\n", run("profiles", "passphrase").out());
    }

    @Test
    void withoutAPassphraseAndNoTerminalTheVariableToSetIsNamed() {
        env.clear();
        assertEquals("passerelle: no passphrase: set PASSERELLE_PASSPHRASE or run the command in a terminal",
                english("profiles", "list").err().strip());
        assertEquals("passerelle: aucune phrase secrète : définissez PASSERELLE_PASSPHRASE ou lancez la commande dans un terminal",
                run("profiles", "list").err().strip());
    }

    @Test
    void aBadValueInThePersonalSettingsIsNamedWithItsFileAndKey() throws Exception {
        Path settings = new Home(home()).personalSettingsFile();
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "retentionMonths=500\n");

        Run fr = run("profiles", "list");
        Run en = english("profiles", "list");

        assertEquals(2, fr.exit());
        assertEquals(2, en.exit());
        assertEquals("passerelle: " + settings + " : retentionMonths = « 500 » : un nombre entier de 1 à 120 est attendu",
                fr.err().strip());
        assertEquals("passerelle: " + settings + ": retentionMonths = \"500\": expected a whole number from 1 to 120",
                en.err().strip());
    }

    @Test
    void theOutboxAndAPushWithoutAgencyAreSaidInTheRunsLanguage() {
        add("Zéphyrine", "Quintavalle");

        assertEquals("1 non envoyé(s)\n  n° 1  profil  Zéphyrine Quintavalle  révision 1  du 2 mars 2026\n",
                run("profiles", "outbox").out());
        assertEquals("1 item not sent\n  no. 1  profile  Zéphyrine Quintavalle  revision 1  of 2 March 2026\n",
                english("profiles", "outbox").out());

        Path sync = home().resolve("sync.properties");
        Run fr = run("profiles", "push");
        Run en = english("profiles", "push");
        assertEquals(2, fr.exit());
        assertEquals(2, en.exit());
        assertEquals("passerelle: aucune agence configurée : ajoutez agency.url=… à " + sync, fr.err().strip());
        assertEquals("passerelle: no agency configured: add agency.url=… to " + sync, en.err().strip());
    }

    @Test
    void aPushThatStopsCountsInEnglishAndKeepsTheWork() throws Exception {
        String id = add("Zéphyrine", "Quintavalle");
        run("profiles", "erase", id);
        Files.writeString(home().resolve("sync.properties"), "agency.url=http://127.0.0.1:9/agence/v1/elements\n");

        Run en = english("profiles", "push");
        Run outbox = english("profiles", "outbox");

        assertEquals(3, en.exit(), en.out() + en.err());
        assertTrue(en.out().startsWith("Sent: 0; refused: 0; not sent: 1\nStopped: "), en.out());
        // Her profile item went with her; only the erasure, which names nobody, waits.
        assertEquals("1 item not sent\n  no. 2  erasure  (record erased)  revision 1  of 2 March 2026\n", outbox.out());
        assertEquals("1 non envoyé(s)\n  n° 2  effacement  (dossier effacé)  révision 1  du 2 mars 2026\n",
                run("profiles", "outbox").out());
    }
}
