package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.personal.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code profiles ...}: the encrypted store from the command line, passphrase from the environment. */
class ProfilesCommandTest {
    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>(Map.of(ProfilesCommand.ENV, "le merle chante au printemps"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    record Run(int exit, String out, String err) {
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
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = dir.resolve("home").toString();
        return new Run(PasserelleCommand.execute(cli, CliLanguage.choose(java.util.List.of(all), java.util.Map.of()), all), out.toString(), err.toString());
    }

    private String add(String first, String last) {
        Run add = run("profiles", "add", "--first-name", first, "--last-name", last, "--rome", "D1505", "--commune", "Roubaix",
                "--cpf", "1200");
        assertEquals(0, add.exit(), add.err());
        return add.out().strip();
    }

    @Test
    void addPrintsTheNewIdAndTheFirstUseWarnsThatAForgottenPassphraseLosesTheData() {
        Run add = run("profiles", "add", "--first-name", "Zéphyrine", "--last-name", "Quintavalle", "--rome", "D1505",
                "--commune", "Roubaix");

        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().strip().matches("[0-9a-f-]{36}"), add.out());
        assertTrue(add.err().contains("sans elle, les données personnelles sont perdues"), add.err());
    }

    @Test
    void listAndShowGiveTheProfileInFrench() {
        String id = add("Zéphyrine", "Quintavalle");

        Run list = run("profiles", "list");
        Run show = run("profiles", "show", id);

        assertTrue(list.out().contains(id) && list.out().contains("Zéphyrine Quintavalle")
                && list.out().contains("dernière activité le 2 mars 2026"), list.out());
        assertTrue(show.out().contains("Métier actuel : D1505"), show.out());
        assertTrue(show.out().contains("Solde CPF : 1 200 €"), show.out());
        assertTrue(show.out().contains("Aucun parcours enregistré."), show.out());
    }

    @Test
    void showWithLangEnGivesTheProfileInEnglish() {
        String id = add("Zéphyrine", "Quintavalle");

        Run show = run("--lang", "en", "profiles", "show", id);

        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("Created on 2 March 2026, last active on 2 March 2026"), show.out());
        assertTrue(show.out().contains("Current occupation: D1505"), show.out());
        assertTrue(show.out().contains("CPF balance: €1,200"), show.out());
        assertTrue(show.out().contains("No saved path."), show.out());
        assertFalse(show.out().contains("Métier actuel") || show.out().contains("Solde CPF") || show.out().contains(" : "), show.out());
    }

    @Test
    void exportWritesTheChosenFileAndEraseRemovesThePerson() throws Exception {
        String id = add("Zéphyrine", "Quintavalle");
        add("Anatole", "Brisebarre");
        Path out = dir.resolve("export.json");

        assertEquals(0, run("profiles", "export", id, "--out", out.toString()).exit());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("Zéphyrine Quintavalle", json.at("/person/name").asText());

        Run erase = run("profiles", "erase", id);
        assertEquals(0, erase.exit(), erase.err());
        Run list = run("profiles", "list");
        assertFalse(list.out().contains("Quintavalle"), list.out());
        assertTrue(list.out().contains("Brisebarre"), list.out());
        assertEquals(2, run("profiles", "show", id).exit());
    }

    @Test
    void aWrongPassphraseExitsOneWithAFrenchMessage() {
        add("Zéphyrine", "Quintavalle");
        env.put(ProfilesCommand.ENV, "ce n'est pas la bonne phrase");

        Run list = run("profiles", "list");

        assertEquals(1, list.exit());
        assertTrue(list.err().contains("phrase secrète incorrecte"), list.err());
        assertFalse(list.out().contains("Quintavalle"));
    }

    @Test
    void purgeRemovesFilesUntouchedForMoreThanTwelveMonths() {
        add("Zéphyrine", "Quintavalle");
        clock.advance(Duration.ofDays(366));

        Run purge = run("profiles", "purge");

        assertEquals(0, purge.exit(), purge.err());
        // The unlock of this very command purged it; the command's own pass then finds nothing more.
        assertTrue(purge.out().contains("Conservation de 12 mois"), purge.out());
        assertTrue(purge.out().contains("0 dossier(s) conservé(s)"), purge.out());
    }

    @Test
    void badRomeCodeAndMissingPassphraseAreRefusedWithExitTwo() {
        Run badRome = run("profiles", "add", "--first-name", "A", "--last-name", "B", "--rome", "D15", "--commune", "Lille");
        env.clear();
        Run noPass = run("profiles", "list");

        assertEquals(2, badRome.exit());
        assertTrue(badRome.err().contains("une lettre (A à N) et quatre chiffres"), badRome.err());
        assertEquals(2, noPass.exit());
        assertTrue(noPass.err().contains("PASSERELLE_PASSPHRASE"), noPass.err());
    }

    @Test
    void changingThePassphraseKeepsTheProfiles() {
        String id = add("Zéphyrine", "Quintavalle");
        env.put(ProfilesCommand.ENV_NEW, "trois petits chats dans la cour");

        assertEquals(0, run("profiles", "passphrase").exit());
        env.put(ProfilesCommand.ENV, "trois petits chats dans la cour");

        assertTrue(run("profiles", "show", id).out().contains("Quintavalle"));
    }

    @Test
    void statusSaysEncryptedOnlyOnceTheEncryptedDatabaseExists() throws Exception {
        add("Zéphyrine", "Quintavalle");

        Run status = run("status");
        JsonNode json = new ObjectMapper().readTree(run("status", "--json").out()).get("personalData");

        assertTrue(status.out().contains("Données personnelles : chiffrées (AES"), status.out());
        assertTrue(json.get("encrypted").asBoolean());
        assertEquals("encrypted", json.get("state").asText());
        Files.writeString(dir.resolve("home/personal/copie.txt"), "x");
        assertTrue(run("status").out().contains("non chiffré"));
    }
}
