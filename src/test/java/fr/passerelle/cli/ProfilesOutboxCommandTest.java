package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.sync.SyncFixtures;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import fr.passerelle.personal.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code profiles outbox} and {@code profiles push}: offline work from the command line, then sent to the agency. */
class ProfilesOutboxCommandTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PasserelleCommand(home -> {
            throw new IllegalStateException("no window in this test");
        }));
        ProfilesCommand profiles = (ProfilesCommand) cli.getSubcommands().get("profiles").getCommand();
        profiles.env = Map.of(ProfilesCommand.ENV, "le merle chante au printemps")::get;
        profiles.clock = clock;
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = dir.resolve("home").toString();
        return new Run(PasserelleCommand.execute(cli, CliLanguage.choose(List.of(all), Map.of()), all), out.toString(), err.toString());
    }

    @Test
    void offlineWorkIsListedAsNotSentThenPushedToTheAgency() throws Exception {
        Run add = run("profiles", "add", "--first-name", "Zéphyrine", "--last-name", "Quintavalle", "--rome", "D1505",
                "--commune", "Roubaix");
        assertEquals(0, add.exit(), add.err());

        Run before = run("profiles", "outbox");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().startsWith("1 non envoyé(s)"), before.out());
        assertTrue(before.out().contains("n° 1  profil  Zéphyrine Quintavalle  révision 1  du 1er décembre 2026"), before.out());

        try (CentralServer server = CentralServer.start(SyncFixtures.versionA(dir.resolve("data")), dir.resolve("srv"), 0,
                FaultPlan.none(), CentralServer.Client.DEMO, SyncFixtures.CLOCK)) {
            Files.writeString(dir.resolve("home/sync.properties"), "agency.url=" + server.baseUrl() + "agence/v1/elements\n");
            Run push = run("profiles", "push");
            assertEquals(0, push.exit(), push.err());
            assertEquals("Envoyé(s) : 1 ; refusé(s) : 0 ; non envoyé(s) : 0", push.out().strip());
        }
        assertTrue(run("profiles", "outbox").out().startsWith("0 non envoyé(s)"));
    }

    @Test
    void pushWithoutAnAgencySaysWhereToConfigureItAndSendsNothing() {
        Run push = run("profiles", "push");

        assertEquals(2, push.exit());
        assertTrue(push.err().contains("aucune agence configurée : ajoutez agency.url=…"), push.err());
    }

    @Test
    void pushToAnAgencyThatDoesNotAnswerKeepsTheWorkAndSaysSo() throws Exception {
        run("profiles", "add", "--first-name", "Zéphyrine", "--last-name", "Quintavalle", "--rome", "D1505", "--commune", "Roubaix");
        Files.writeString(dir.resolve("home/sync.properties"), "agency.url=http://127.0.0.1:9/agence/v1/elements\n");

        Run push = run("profiles", "push");

        assertEquals(3, push.exit(), push.out() + push.err());
        assertTrue(push.out().contains("non envoyé(s) : 1"), push.out());
        assertTrue(push.out().contains("Arrêté : pas d'accusé de réception"), push.out());
    }
}
