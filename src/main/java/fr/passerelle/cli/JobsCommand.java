package fr.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.app.Workstation;
import fr.passerelle.importer.ImportException;
import fr.passerelle.search.JobMatch;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jobs TEXT}: finds job titles (appellations and fiche labels) and their ROME code. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Cherche un métier par son intitulé (accents, majuscules, pluriels et petites fautes tolérés).")
final class JobsCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXTE", description = "Intitulé recherché")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Nombre maximal de résultats (défaut : ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "Sortie JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputWords w = new OutputWords(parent.language());
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), w.text("jobs.check.limit"));
        }
        String text = String.join(" ", words);
        if (text.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), w.text("jobs.check.blank"));
        }
        try (Workstation workstation = Workstation.openFor(parent.home(), Workstation.Answers.JOB_TITLES)) {
            workstation.seedIfEmpty(TerminalProgress.forStderr());
            if (workstation.isSampleMode()) {
                err.println(w.text("output.sampleMode"));
            }
            List<JobMatch> matches = workstation.jobSearch().search(text, limit);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (JobMatch m : matches) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("label", m.title().label());
                    row.put("rome", m.title().romeCode().value());
                    row.put("romeLabel", m.title().romeLabel());
                    row.put("appellationCode", m.title().occupationLabel() ? null : m.title().ogr());
                    row.put("match", m.kind().name().toLowerCase());
                    rows.add(row);
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("query", text);
                result.put("results", rows);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            } else if (matches.isEmpty()) {
                err.println(w.text("jobs.none", text));
                return 1;
            } else {
                for (JobMatch m : matches) {
                    out.printf("%s  %-60s %s%n", m.title().romeCode(), m.title().label(),
                            m.title().occupationLabel() ? w.text("jobs.fiche") : "— " + m.title().romeLabel());
                }
            }
            return 0;
        } catch (ImportException e) {
            err.println(w.text("output.samplesUnreadable", e.getMessage()));
            return 1;
        }
    }
}
