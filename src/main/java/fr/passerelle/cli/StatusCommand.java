package fr.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.app.Workstation;
import fr.passerelle.domain.DatasetInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status [--json]}: what the cache holds, from where, of when. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Affiche les jeux de données du cache : source, version, date d'import, nombre de lignes.")
final class StatusCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Sortie JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Workstation workstation = Workstation.open(parent.home())) {
            List<DatasetInfo> datasets = workstation.datasets().all();
            long cacheBytes = Files.size(workstation.cacheFile());
            boolean personal = Files.isDirectory(workstation.home().personalFolder());
            if (json) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("home", workstation.home().root().toString());
                status.put("cacheBytes", cacheBytes);
                status.put("datasets", datasets.stream().map(StatusCommand::toJson).toList());
                status.put("personalData", Map.of("state", personal ? "present" : "absent",
                        "folder", workstation.home().personalFolder().toString()));
                status.put("fundingRules", fundingRules(workstation));
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(status));
                return 0;
            }
            out.printf("Dossier : %s%nCache : %s (%,d Ko)%n%n", workstation.home().root(), workstation.cacheFile(), cacheBytes / 1024);
            if (datasets.isEmpty()) {
                out.println("Le cache est vide : importez des données (passerelle import DOSSIER) ou ouvrez le poste de travail.");
            }
            for (DatasetInfo d : datasets) {
                out.printf("%-48s %-10s %,9d lignes  importé le %s  (%s%s)%n", d.label(), d.version() == null ? "" : d.version(),
                        d.rowsStored(), d.importedAt().toString().substring(0, 16).replace('T', ' '), d.source(),
                        d.scope().isEmpty() ? "" : ", " + d.scope());
            }
            out.printf("%nRègles de financement en vigueur : %s%n", workstation.fundingRules().describe());
            out.printf("Données personnelles : %s%n", personal ? "présentes (chiffrées)" : "aucune");
            return 0;
        }
    }

    /** The funding rules in force: the imported dataset, or those bundled in the jar. */
    private static Map<String, Object> fundingRules(Workstation workstation) {
        var rules = workstation.fundingRules();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", rules.rules().version());
        m.put("origin", rules.origin());
        m.put("importedAt", rules.importedAt() == null ? null : rules.importedAt().toString());
        m.put("note", rules.note());
        return m;
    }

    private static Map<String, Object> toJson(DatasetInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("scope", d.scope());
        m.put("label", d.label());
        m.put("source", d.source());
        m.put("version", d.version());
        m.put("importedAt", d.importedAt().toString());
        m.put("rowsRead", d.rowsRead());
        m.put("rowsRejected", d.rowsRejected());
        m.put("rowsStored", d.rowsStored());
        m.put("sha256", d.sha256());
        return m;
    }
}
