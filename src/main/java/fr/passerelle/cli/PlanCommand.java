package fr.passerelle.cli;

import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.PathException;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.export.ActionPlan;
import fr.passerelle.export.ActionPlanBuilder;
import fr.passerelle.export.CsvPlanWriter;
import fr.passerelle.export.PdfPlanWriter;
import fr.passerelle.export.PlanLanguage;
import fr.passerelle.store.TrainingContactStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plan}: the action plan of one person as a PDF (and a CSV of its trainings and companies), computed exactly
 * as {@code path --profile} computes her path. Output paths are checked before anything is computed.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan d'action de la personne (PDF d'une ou deux pages) : le métier visé et pourquoi, la formation "
                + "et comment s'y inscrire, qui paie quoi, les entreprises à contacter, les prochaines étapes datées.")
final class PlanCommand implements Callable<Integer> {
    /** As many occupations as {@code path} shows by default, so that --rome accepts what the counsellor saw. */
    static final int PATH_LIMIT = 5;

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FICHIER", description = "Profil JSON de la personne (data-samples/personas/)")
    Path profile;

    @Option(names = "--rome", paramLabel = "CODE", description = "Code ROME du métier visé, parmi ceux de son parcours (défaut : le premier)")
    String rome;

    @Option(names = "--out", paramLabel = "FICHIER.pdf", description = "Fichier PDF à écrire")
    Path out;

    @Option(names = "--csv", paramLabel = "FICHIER.csv", description = "Fichier CSV des formations et entreprises (séparateur ;, UTF-8 avec BOM)")
    Path csv;

    @Option(names = "--training", paramLabel = "SESSION", description = "Session de formation retenue (défaut : la première proposée)")
    String training;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "Date de l'entretien, d'où partent les échéances (défaut : aujourd'hui)")
    String date;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (profile == null) {
                throw new OptionRefusal("plan.profile.missing");
            }
            if (out == null) {
                throw new OptionRefusal("plan.out.missing");
            }
            OutputPaths.check("--out", out);
            if (csv != null) {
                OutputPaths.check("--csv", csv);
                if (csv.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                    throw new OptionRefusal("plan.csv.same", out.toString());
                }
            }
            LocalDate today = interviewDate();
            PathRequest request = PathRequest.fromFile(profile);
            try (Workstation workstation = Workstation.open(parent.home())) {
                workstation.seedIfEmpty(TerminalProgress.forStderr());
                // The same service as path and the window: the plan is made from the path they show.
                PathResult path = workstation.paths().path(request, PATH_LIMIT, today);
                String target = target(path);
                checkTraining(path, target);
                // --lang en (the root's option, as for path): the whole plan in English; French by default.
                PlanLanguage language = PlanLanguage.of(parent.language().reasons().locale());
                ActionPlan plan = ActionPlanBuilder.build(path, target, training, request.name(), today,
                        new TrainingContactStore(workstation.referenceDatabase()), language);
                write(plan, stdout);
                return 0;
            }
        } catch (InvalidRequestException e) {
            err.println("passerelle plan: " + e.text(parent.language().reasons()));
            e.suggestions().forEach(s -> err.println("  " + s));
            return 2;
        } catch (OptionRefusal e) {
            err.println("passerelle plan: " + e.text(words()));
            e.suggestions(words()).forEach(s -> err.println("  " + s));
            return 2;
        } catch (PathException | IllegalArgumentException e) {
            err.println("passerelle plan: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("passerelle plan: " + words().text("plan.write.failed", e.getMessage()));
            return 1;
        } catch (fr.passerelle.importer.ImportException e) {
            err.println("passerelle plan: " + words().text("plan.samples.unreadable", e.getMessage()));
            return 1;
        }
    }

    private LocalDate interviewDate() throws OptionRefusal {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new OptionRefusal("plan.date", date);
        }
    }

    /** The chosen occupation: --rome when it is in her path, else the path's first. */
    private String target(PathResult path) throws OptionRefusal {
        if (path.occupations().isEmpty()) {
            throw new OptionRefusal("plan.noOccupation");
        }
        if (rome == null) {
            return path.occupations().get(0).rome();
        }
        String code = rome.strip().toUpperCase(Locale.ROOT);
        if (path.occupations().stream().noneMatch(t -> t.rome().equals(code))) {
            throw new OptionRefusal("plan.rome", path.occupations().stream().map(t -> t.rome() + " " + t.label()).toList(), code,
                    path.occupations().stream().map(TargetOccupation::rome).collect(Collectors.joining(", ")));
        }
        return code;
    }

    /** --training must name one of the sessions the path proposes for the chosen occupation (path --json: "session"). */
    private void checkTraining(PathResult path, String target) throws OptionRefusal {
        if (training == null) {
            return;
        }
        TargetOccupation t = path.occupations().stream().filter(o -> o.rome().equals(target)).findFirst().orElseThrow();
        if (t.trainings().stream().noneMatch(o -> o.sessionId().equals(training))) {
            List<OptionRefusal.Said> sessions = t.trainings().stream().map(PlanCommand::proposed).toList();
            throw new OptionRefusal(t.trainings().isEmpty() ? "plan.training.noneProposed" : "plan.training.notProposed", sessions,
                    training, target);
        }
    }

    /** A session proposed, one line: its id, title and start, the date as the plan writes it (no-break space in French). */
    private static OptionRefusal.Said proposed(TrainingOption o) {
        return w -> o.sessionId() + "  " + o.title() + (o.start() == null ? "" : w.text("plan.training.start",
                w.english() ? w.date(o.start()) : fr.passerelle.export.FrenchFormat.date(o.start())));
    }

    /** The run's words for the command's own lines and refusals (the plan itself speaks through PlanLanguage). */
    private OutputWords words() {
        return new OutputWords(parent.language());
    }

    private void write(ActionPlan plan, PrintWriter stdout) throws IOException {
        PlanLanguage in = plan.language();
        new PdfPlanWriter().write(plan, out);
        stdout.println(in.t("cli.written", out.toAbsolutePath().normalize(), plan.title(), plan.occupation().label(),
                plan.training() == null ? in.t("cli.noTraining") : ", " + plan.training().title()));
        if (csv != null) {
            new CsvPlanWriter().write(plan, csv);
            stdout.println(in.t("cli.table", csv.toAbsolutePath().normalize(), in.count("cli.table.trainings", plan.trainings().size()),
                    in.count("cli.table.companies", plan.companies().size())));
        }
        if (plan.isSampleData()) {
            stdout.println(in.t("cli.sample"));
        }
    }

    /** Checks an output file before any work: its folder exists and is writable, the file itself is not a folder. */
    static final class OutputPaths {
        private OutputPaths() {
        }

        static void check(String option, Path file) throws OptionRefusal {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new OptionRefusal("plan.file.noFolder", option, String.valueOf(folder == null ? absolute : folder));
            }
            if (!Files.isWritable(folder)) {
                throw new OptionRefusal("plan.file.folderReadOnly", option, folder.toString());
            }
            if (Files.isDirectory(absolute)) {
                throw new OptionRefusal("plan.file.isFolder", option, absolute.toString());
            }
            if (Files.exists(absolute) && !Files.isWritable(absolute)) {
                throw new OptionRefusal("plan.file.readOnly", option, absolute.toString());
            }
        }
    }
}
