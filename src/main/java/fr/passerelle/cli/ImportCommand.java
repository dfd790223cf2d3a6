package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
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
        OutputWords w = new OutputWords(parent.language());
        try (Workstation workstation = Workstation.open(parent.home())) {
            ImportReport report = workstation.importPaths(paths, TerminalProgress.forStderr(w));
            for (ImportReport.DatasetResult result : report.datasets()) {
                DatasetInfo d = result.dataset();
                // The columns are padded here, the words around them come from the bundle (read / rejected / stored).
                out.println(w.text("importcmd.row", String.format("%-50s", d.label()), String.format("%-50s", d.source()),
                        String.format("%9s", w.number(d.rowsRead())), String.format("%6s", w.number(d.rowsRejected())),
                        String.format("%9s", w.number(d.rowsStored())), String.format("%7s", IndexStep.seconds(w, result.duration()))));
                for (Message reject : result.rejects()) {
                    out.println(w.text("importcmd.reject", w.reasons().render(reject)));
                }
            }
            for (ImportPlan.SkippedFile skipped : report.skipped()) {
                out.println(w.text("importcmd.skipped", skipped.path(), w.reasons().render(skipped.why())));
            }
            if (!report.removedSamples().isEmpty()) {
                out.println(w.text("importcmd.samplesRemoved", String.valueOf(report.removedSamples().size())));
            }
            int datasets = report.datasets().size();
            int skipped = report.skipped().size();
            out.println(w.text("importcmd.summary", String.valueOf(datasets), String.valueOf(skipped), datasets, skipped));
            if (!noIndex && !report.datasets().isEmpty()) {
                IndexStep.afterImport(workstation, started, out, w);
            }
            return 0;
        } catch (ImportException e) {
            err.println(e.text(w.reasons()));
            err.println(w.text("importcmd.cancelled"));
            return 2;
        } catch (H2Urls.UnsafeFolderException e) {
            err.println("passerelle: " + e.text(w.reasons()));
            return 2;
        } catch (StoreException e) {
            err.println("passerelle: " + e.text(w.reasons()));
            return 1;
        }
    }
}
