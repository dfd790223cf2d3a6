package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportPlan;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.store.H2Urls;
import fr.passerelle.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import PATH...}: official files or folders into the cache, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importe des fichiers ou dossiers aux formats officiels (ROME, communes, tension, offres, La Bonne Boite...).%n"
                + "Tout ou rien : sur une erreur, le cache reste tel qu'il était (code de sortie 2 pour un fichier"
                + " invalide, 1 pour un disque plein, un dossier non accessible ou un autre import en cours).")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CHEMIN", description = "Fichiers ou dossiers à importer")
    List<Path> paths;

    @CommandLine.Option(names = "--no-index", description = "Ne construit pas les index après l'import (la prochaine"
            + " commande ou la fenêtre les construira)")
    boolean noIndex;

    @Override
    public Integer call() {
        java.time.Instant started = java.time.Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workstation workstation = Workstation.open(parent.home())) {
            ImportReport report = workstation.importPaths(paths, TerminalProgress.forStderr());
            for (ImportReport.DatasetResult result : report.datasets()) {
                DatasetInfo d = result.dataset();
                out.printf("%-50s %-50s lues %9s  rejetées %6s  enregistrées %9s  %7s%n", d.label(), d.source(),
                        FrenchFormats.number(d.rowsRead()), FrenchFormats.number(d.rowsRejected()),
                        FrenchFormats.number(d.rowsStored()), FrenchFormats.seconds(result.duration()));
                for (String warning : result.warnings()) {
                    out.println("    rejet : " + warning);
                }
            }
            for (ImportPlan.SkippedFile skipped : report.skipped()) {
                out.println("ignoré : " + skipped.path() + " (" + skipped.reason() + ")");
            }
            if (!report.removedSamples().isEmpty()) {
                out.printf("Données d'exemple fictives retirées : %d jeux de données de démonstration, remplacés par vos"
                        + " données réelles (elles ne se mélangent jamais).%n", report.removedSamples().size());
            }
            out.printf("%d jeux de données importés, %d fichiers ignorés.%n", report.datasets().size(), report.skipped().size());
            if (!noIndex && !report.datasets().isEmpty()) {
                IndexStep.afterImport(workstation, started, out);
            }
            return 0;
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("Import annulé : le cache n'a pas changé.");
            return 2;
        } catch (H2Urls.UnsafeFolderException e) {
            err.println("passerelle: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("passerelle: " + e.getMessage());
            return 1;
        }
    }
}
