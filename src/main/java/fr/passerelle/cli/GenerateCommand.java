package fr.passerelle.cli;

import fr.passerelle.core.CancelledException;
import fr.passerelle.generate.GenerateException;
import fr.passerelle.generate.GenerateRequest;
import fr.passerelle.generate.GenerationReport;
import fr.passerelle.generate.SyntheticGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: synthetic national data in the official formats, for demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Génère des données SYNTHÉTIQUES à l'échelle nationale aux formats officiels : formations LHEO 2.3 "
                + "par région, entreprises par département, fichier BMO. Même graine = mêmes fichiers.")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "10000",
            description = "Nombre total de sessions de formation (défaut : 10 000)")
    long sessions;

    @Option(names = "--companies", paramLabel = "N", defaultValue = "50000",
            description = "Nombre total d'entreprises (défaut : 50 000)")
    long companies;

    @Option(names = "--seed", paramLabel = "GRAINE", defaultValue = "42", description = "Graine du tirage (défaut : ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DOSSIER", required = true, description = "Dossier de sortie")
    Path out;

    @Option(names = "--from", paramLabel = "DOSSIER",
            description = "Obligatoire : le dossier des fichiers officiels d'où sont tirés lieux, métiers et secteurs"
                    + " (communes, ROME 4, ROME↔NAF, Formacode, FAP-2021, bassins BMO ; voir generate.md)")
    Path from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputWords w = new OutputWords(parent.language());
        if (sessions < 0 || companies < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    w.text("generate.negative", sessions < 0 ? "--sessions" : "--companies"));
        }
        if (from == null) {
            // No default: a folder beside one developer's checkout is nowhere on a counsellor's or a tester's machine.
            // The bundled samples cannot stand in: they carry no Formacode thesaurus and no FAP-2021 nomenclature.
            throw new CommandLine.ParameterException(spec.commandLine(), w.text("generate.from.missing"));
        }
        try {
            GenerationReport report = run(from);
            Map<String, long[]> folders = new TreeMap<>();   // folder → {files, bytes}
            for (GenerationReport.OutputFile f : report.files()) {
                int slash = f.path().indexOf('/');
                long[] sum = folders.computeIfAbsent(slash < 0 ? f.path() : f.path().substring(0, slash + 1), k -> new long[2]);
                sum[0]++;
                sum[1] += f.bytes();
            }
            // The word is padded to the longest one ("fichiers"), so that the sizes line up in both languages.
            folders.forEach((folder, sum) -> out.printf("%-14s %5s %-8s %12s%n", folder, w.number(sum[0]),
                    w.text(sum[0] > 1 ? "generate.files" : "generate.file"), w.kiloBytes(sum[1])));
            out.println(w.text("generate.summary", w.number(report.sessions()), w.number(report.formations()),
                    w.number(report.companies()), w.number(report.bmoRows()), w.megaBytes(report.totalBytes()),
                    w.seconds(report.duration())));
            return 0;
        } catch (GenerateException e) {
            err.println("passerelle: " + e.getMessage());
            return 2;
        } catch (CancelledException e) {
            err.println("passerelle: " + w.text("generate.cancelled"));
            return 1;
        }
    }

    private GenerationReport run(Path folder) throws GenerateException {
        return new SyntheticGenerator().generate(new GenerateRequest(sessions, companies, seed, out, folder),
                TerminalProgress.forStderr());
    }
}
