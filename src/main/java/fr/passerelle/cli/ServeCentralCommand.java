package fr.passerelle.cli;

import fr.passerelle.importer.ImportException;
import fr.passerelle.engine.words.Param;
import fr.passerelle.sync.central.CentralServer;
import fr.passerelle.sync.central.FaultPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve-central --data DIR --port N}: a local central side on the loopback interface, until stopped. */
@Command(name = "serve-central", mixinStandardHelpOptions = true,
        description = "Sert un serveur central local (boucle locale 127.0.0.1 uniquement) : paquets de données construits"
                + " depuis les fichiers officiels de DIR, points d'accès au format France Travail (jeton, offres,"
                + " entreprises, métiers ROME) et point d'accès agence recevant les éléments envoyés. Pannes simulables.")
final class ServeCentralCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Dossier des fichiers officiels")
    Path data;

    @Option(names = "--port", defaultValue = "8765", paramLabel = "N", description = "Port (0 : libre) ; défaut ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Dossier de travail (paquets gzip, éléments reçus par l'agence) ; défaut : DIR/.central s'il est"
                    + " modifiable, sinon un dossier temporaire")
    Path work;

    @Option(names = "--latency", defaultValue = "0", paramLabel = "MS", description = "Délai avant chaque réponse")
    long latency;

    @Option(names = "--cut-after", defaultValue = "0", paramLabel = "OCTETS", description = "Coupe les téléchargements après N octets")
    long cutAfter;

    @Option(names = "--cuts", defaultValue = "1", paramLabel = "K", description = "Nombre de téléchargements coupés (avec --cut-after)")
    int cuts;

    @Option(names = "--throttle-every", defaultValue = "0", paramLabel = "N", description = "Répond 429 à une requête sur N")
    int throttleEvery;

    @Option(names = "--retry-after", defaultValue = "1", paramLabel = "S", description = "Retry-After des réponses 429")
    int retryAfter;

    @Option(names = "--fail-every", defaultValue = "0", paramLabel = "N", description = "Répond 503 à une requête sur N")
    int failEvery;

    @Option(names = "--garble", defaultValue = "0", paramLabel = "K", description = "Corrompt les K premiers téléchargements")
    int garble;

    @Option(names = "--malformed-every", defaultValue = "0", paramLabel = "N", description = "Casse une réponse JSON sur N")
    int malformedEvery;

    @Option(names = "--token-seconds", defaultValue = "1499", paramLabel = "S", description = "Durée de vie des jetons")
    int tokenSeconds;

    @Option(names = "--lose-ack-every", defaultValue = "0", paramLabel = "N",
            description = "Enregistre un élément envoyé sur N mais coupe avant l'accusé de réception")
    int loseAckEvery;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CliLanguage language = parent == null ? CliLanguage.FRENCH : parent.language();
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("passerelle: " + language.text("sync.cli.central.noData", data.toString()));
            return 2;
        }
        Path folder = work != null ? work : Files.isWritable(data) ? data.resolve(".central")
                : Files.createTempDirectory("passerelle-central-");
        FaultPlan faults = new FaultPlan(latency, cutAfter, cuts, throttleEvery, retryAfter, failEvery, garble, malformedEvery,
                tokenSeconds, loseAckEvery, new FaultPlan.Counters());
        try (CentralServer server = CentralServer.start(data, folder, port, faults, CentralServer.Client.DEMO, Clock.systemUTC())) {
            var manifest = server.bundle().manifest();
            long bytes = manifest.files().stream().mapToLong(f -> f.gzipBytes()).sum();
            out.println(language.text("sync.cli.central.started", server.baseUrl(), manifest.version(),
                    String.valueOf(manifest.files().size()), language.reasons().format(Param.number(bytes))));
            out.println(language.text("sync.cli.central.work", folder.toString()));
            out.println(language.text("sync.cli.central.sync", server.baseUrl()));
            out.println(language.text("sync.cli.central.stop"));
            out.flush();
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("passerelle: " + e.getMessage());
            return 2;
        }
    }
}
