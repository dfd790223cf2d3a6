package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.StoreException;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.SanityRules;
import fr.passerelle.sync.SettingsException;
import fr.passerelle.sync.SyncClients;
import fr.passerelle.sync.SyncException;
import fr.passerelle.sync.SyncFolder;
import fr.passerelle.sync.SyncReport;
import fr.passerelle.sync.SyncWords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync --from URL}: brings the cache up to the bundle served at URL, resumably and all or nothing. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Met le cache à jour depuis un serveur central (paquets de données) : reprend un téléchargement"
                + " interrompu, vérifie empreintes et nombres de lignes, importe tout ou rien.%n"
                + "Hors ligne n'est pas une erreur : le cache actuel reste utilisé (code de sortie 3).")
final class SyncCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL",
            description = "Adresse du serveur (http://127.0.0.1:8765/) ou de son manifest.json")
    String from;

    @Option(names = "--accepter-ecarts", description = "Accepte un jeu de données dont le nombre"
            + " de lignes ou un chiffre clé (zones, offres moyennes, SIRET, prix médian, codes ROME, offres relevées)"
            + " s'écarte des seuils de vraisemblance (après vérification par une personne)")
    boolean acceptJumps;

    @Option(names = "--offres", description = "Relève aussi les offres d'emploi en ligne des régions de sync.properties"
            + " (offers.regions=32) auprès de l'API France Travail (identifiants partenaire requis) et les importe")
    boolean offers;

    @Option(names = "--no-index", description = "Ne construit pas les index après une mise à jour (la prochaine"
            + " commande ou la fenêtre les construira)")
    boolean noIndex;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliLanguage language = parent.language();
        MessageRenderer words = language.reasons();
        try (Workstation workstation = Workstation.open(parent.home())) {
            String before = workstation.dataVersion();
            CacheImport cache = new CacheImport() {
                @Override
                public List<DatasetInfo> datasets() {
                    return workstation.datasets().all();
                }

                @Override
                public ImportReport importFiles(List<Path> files, ProgressListener progress) throws ImportException {
                    return workstation.importPaths(files, progress);
                }
            };
            SyncFolder folder = new SyncFolder(workstation.home().root().resolve("sync"));
            SyncReport report = SyncClients.bundleSync(from, cache, folder,
                    acceptJumps ? SanityRules.acceptJumps() : SanityRules.standard(), Clock.systemUTC())
                    .speaking(words).run(from, TerminalProgress.forStderr());
            report.lines(words).forEach(out::println);
            if (report.outcome() == SyncReport.Outcome.UPDATED || report.outcome() == SyncReport.Outcome.UP_TO_DATE) {
                out.println(language.text("sync.cli.datasets"));
                for (DatasetInfo d : workstation.datasets().all()) {
                    // The dataset's label and scope are the cache's (the importer's names): shown as recorded.
                    String name = d.scope().isEmpty() ? d.label() : language.text("sync.cli.dataset.scoped", d.label(), d.scope());
                    String at = words.render(SyncWords.dateTime(d.importedAt()));
                    out.println(d.version() == null ? language.text("sync.cli.dataset", name, at)
                            : language.text("sync.cli.dataset.versioned", name, d.version(), at));
                }
            }
            int exit = switch (report.outcome()) {
                case UP_TO_DATE, UPDATED -> report.refused().isEmpty() ? 0 : 4;
                case OFFLINE -> 3;
                case REFUSED -> 1;
            };
            if (offers && exit != 3) {
                exit = Math.max(exit, new OfferSyncStep(workstation, cache, folder, out, err, acceptJumps, language).run());
            }
            if (!noIndex && !before.equals(workstation.dataVersion())) {
                IndexStep.run(workstation, out); // the cache changed: the next command finds its indexes ready
            }
            return exit;
        } catch (SyncException e) {
            err.println("passerelle: " + e.text(words));
            return 2;
        } catch (SettingsException e) {
            err.println("passerelle: " + e.text(words)); // exit 1, as any unreadable file
            return 1;
        } catch (StoreException e) {
            err.println("passerelle: " + e.getMessage());
            return 1;
        }
    }
}
