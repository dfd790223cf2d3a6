package fr.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.app.Workstation;
import fr.passerelle.app.profile.PersonalSettings;
import fr.passerelle.app.profile.PersonalStatus;
import fr.passerelle.domain.DatasetInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status [--json] [--check]}: what the cache holds, from where, of when, in which mode. Reads the published
 * generation only: it works while a window or an import uses the same folder, and never seeds the samples.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Affiche les jeux de données du cache : source, version, date d'import, nombre de lignes"
                + " (comptées dans les données), et le mode (données réelles ou démonstration).")
final class StatusCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Sortie JSON")
    boolean json;

    @Option(names = "--check", description = "Recompte toutes les lignes des tables et les compare aux comptes de l'import"
            + " (code de sortie 1 en cas d'écart)")
    boolean check;

    @Option(names = "--digest", description = "Affiche l'empreinte SHA-256 du contenu du cache, sans les dates d'import"
            + " (comparer une synchronisation et un import direct des mêmes fichiers)")
    boolean digest;

    @Override
    public Integer call() throws IOException {
        if (digest) {
            try (Workstation workstation = Workstation.open(parent.home())) {
                spec.commandLine().getOut().println(fr.passerelle.store.CacheDigest.contentOf(workstation.referenceDatabase()));
                return 0;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workstation workstation = Workstation.open(parent.home())) {
            List<DatasetInfo> datasets = workstation.datasets().all();
            Map<String, Long> rows = workstation.datasets().rowsInCache();
            Map<String, String> differences = check ? workstation.datasets().recount() : Map.of();
            Path cacheFile = workstation.cacheFile();
            long cacheBytes = Files.size(cacheFile);
            String mode = datasets.isEmpty() ? "empty" : datasets.stream().anyMatch(DatasetInfo::isSample) ? "samples" : "real";
            PersonalStatus personal = PersonalStatus.of(workstation.home());
            PersonalSettings settings = PersonalSettings.read(workstation.home().personalSettingsFile());
            if (json) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("home", workstation.home().root().toString());
                status.put("cacheBytes", cacheBytes);
                status.put("generation", workstation.dataVersion());
                status.put("mode", mode);
                status.put("datasets", datasets.stream().map(d -> toJson(d, rows.getOrDefault(d.key(), 0L))).toList());
                Map<String, Object> personalData = new LinkedHashMap<>();
                personalData.put("state", personal.state());
                // True only when the database file carries H2's encryption header and its wrapped key is beside it.
                personalData.put("encrypted", personal.encryptedDatabase() && personal.keyFile() && personal.otherFiles() == 0);
                personalData.put("folder", personal.folder().toString());
                personalData.put("databaseBytes", personal.databaseBytes());
                personalData.put("unencryptedFiles", personal.otherFiles());
                personalData.put("retentionMonths", settings.retention().keep().toTotalMonths());
                personalData.put("lockMinutes", settings.lockAfter().toMinutes());
                status.put("personalData", personalData);
                status.put("fundingRules", fundingRules(workstation));
                if (check) {
                    // ok, then the differences, every run (Map.of's order changes from one JVM to the next).
                    Map<String, Object> checked = new LinkedHashMap<>();
                    checked.put("ok", differences.isEmpty());
                    checked.put("differences", differences);
                    status.put("check", checked);
                }
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(status));
                return differences.isEmpty() ? 0 : 1;
            }
            OutputWords w = new OutputWords(parent.language());
            out.println(w.text("status.folder", workstation.home().root().toString()));
            out.println(w.text("status.cache", cacheFile.toString(), w.kiloBytes(cacheBytes), workstation.dataVersion()));
            out.println(w.text("status.mode", w.text("status.mode." + mode)));
            out.println();
            if (datasets.isEmpty()) {
                out.println(w.text("status.empty"));
            }
            for (DatasetInfo d : datasets) {
                // The dataset's label, source and scope are the catalogue's own words (data), said as recorded.
                out.printf("%-48s %-10s %9s %s%n", d.label(), d.version() == null ? "" : d.version(),
                        w.number(rows.getOrDefault(d.key(), 0L)), w.text("status.dataset", w.dateTime(d.importedAt()),
                                d.source() + (d.scope().isEmpty() ? "" : ", " + d.scope())));
            }
            if (check) {
                out.println();
                if (differences.isEmpty()) {
                    out.println(w.text("status.check.ok", w.number(datasets.size())));
                } else {
                    out.println(w.text("status.check.differences"));
                    differences.forEach((where, what) -> out.println("  " + where + " : " + what));
                }
            }
            out.println();
            out.println(w.text("status.rules", workstation.fundingRules().describe(w.reasons())));
            // Never claim a protection that does not exist: "chiffrées" only for a file that carries H2's encryption header.
            out.println();
            out.println(w.text("status.personal", personalLine(personal, settings, w)));
            return differences.isEmpty() ? 0 : 1;
        }
    }

    private static String personalLine(PersonalStatus p, PersonalSettings settings, OutputWords w) {
        String rules = w.text("status.personal.rules", w.number(settings.retention().keep().toTotalMonths()),
                w.number(settings.lockAfter().toMinutes()));
        if (p.otherFiles() > 0) {
            return w.text("status.personal.plain", p.folder().toString(), w.number(p.otherFiles()))
                    + (p.encryptedDatabase() ? w.text("status.personal.plain.beside") : "");
        }
        if (p.encryptedDatabase() && p.keyFile()) {
            return w.text("status.personal.encrypted", p.folder().toString(), w.kiloBytes(Math.max(1024, p.databaseBytes())), rules);
        }
        if (p.keyFile()) {
            return w.text("status.personal.keyOnly", rules);
        }
        return w.text("status.personal.none");
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

    private static Map<String, Object> toJson(DatasetInfo d, long rowsInCache) {
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
        m.put("rowsInCache", rowsInCache);
        m.put("sample", d.isSample());
        m.put("sha256", d.sha256());
        return m;
    }
}
