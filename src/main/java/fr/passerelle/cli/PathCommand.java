package fr.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.StartupTrace;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.PathException;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.words.Message;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code path}: the reorientation path of one profile, read aloud or as JSON. */
@Command(name = "path", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Métiers proches qui recrutent près de chez elle, formations qui y mènent (reste à charge), "
                + "entreprises susceptibles de recruter. Distances à vol d'oiseau.")
final class PathCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FICHIER", description = "Profil JSON (data-samples/personas/) ; les autres options le complètent")
    Path profile;

    @Option(names = "--job", paramLabel = "TEXTE", description = "Intitulé du métier actuel")
    String job;

    @Option(names = "--rome", paramLabel = "CODE", description = "Code ROME du métier actuel (ex. D1505)")
    String rome;

    @Option(names = "--commune", paramLabel = "COMMUNE", description = "Code INSEE, code postal ou nom de la commune")
    String commune;

    @Option(names = "--radius", paramLabel = "KM", description = "Rayon de mobilité en km (défaut : 30)")
    Integer radius;

    @Option(names = "--level", paramLabel = "NIVEAU", description = "Niveau : aucun, cap, bac, bac+2, bac+3, bac+5, bac+8 (défaut : aucun)")
    String level;

    @Option(names = "--max-hours", paramLabel = "N", description = "Durée maximale de formation en heures")
    Integer maxHours;

    @Option(names = "--cpf", paramLabel = "EUROS", description = "Solde CPF en euros")
    BigDecimal cpf;

    @Option(names = "--budget", paramLabel = "EUROS", description = "Ce qu'elle peut payer elle-même, en euros")
    BigDecimal budget;

    @Option(names = "--remote", description = "Formations à distance acceptées")
    Boolean remote;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "Nombre de métiers proposés (défaut : ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "Sortie JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (limit < 1) {
                throw new InvalidRequestException(Message.of("request.limit"));
            }
            PathRequest typed = new PathRequest(job, rome, commune, radius, level, maxHours, cpf, budget, remote, null);
            PathRequest request = profile == null ? typed : PathRequest.fromFile(profile).overriddenBy(typed);
            // The indexes are read from disk while the cache opens; the job titles only when a job is typed.
            Workstation.Answers needs = request.job() == null ? Workstation.Answers.PATH : Workstation.Answers.PATH_AND_JOB_TITLES;
            try (Workstation workstation = Workstation.openFor(parent.home(), needs)) {
                workstation.seedIfEmpty(TerminalProgress.forStderr());
                // The same service as the window's: the two never disagree.
                PathResult result = workstation.paths().path(request, limit);
                StartupTrace.mark("parcours calculé");
                namesakes(workstation, request.commune(), result, err);
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(PathJson.of(result)));
                } else {
                    PathText.print(result, out, parent.language());
                }
                return 0;
            }
        } catch (InvalidRequestException e) {
            err.println("passerelle path: " + e.text(parent.language().reasons()));
            for (String s : e.suggestions()) {
                err.println("  " + s);
            }
            return 2;
        } catch (PathException e) {
            err.println("passerelle path: " + e.getMessage());
            return 2;
        }
    }

    /** A typed code that is her commune's INSEE code and other communes' postal code: which was taken, on stderr. */
    private void namesakes(Workstation workstation, String typed, PathResult result, PrintWriter err) {
        var others = workstation.paths().postalNamesakes(typed);
        if (others.isEmpty()) {
            return;
        }
        OutputWords w = new OutputWords(parent.language());
        String list = String.join(w.english() ? "; " : " ; ", others.stream()
                .map(p -> w.text("path.commune.namesake.item", p.name(), p.departement(), p.insee())).toList());
        err.println("passerelle path: " + w.text("path.commune.namesake", typed.strip(),
                result.communeName() + " (" + result.departement() + ")", list));
    }
}
