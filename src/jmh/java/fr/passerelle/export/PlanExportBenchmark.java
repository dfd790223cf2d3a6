package fr.passerelle.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to write one action plan (builder excluded, it is microseconds): the PDF (font loading and subsetting,
 * layout with its fitting passes, save) and the CSV. {@code plan}: "juliette" is her plan with a training on a
 * hand-made path (fits at the first pass); "huge" has 60 trainings and 200 companies with very long names, which
 * makes the writer shorten lists step by step before it fits two pages (the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanExportBenchmark {
    @Param({"juliette", "huge"})
    public String plan;

    private ActionPlan actionPlan;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("plan-bench");
        if (plan.equals("juliette")) {
            actionPlan = ActionPlanBuilder.build(PlanFixtures.juliette(true), "D1507", "S1", "Juliette", PlanFixtures.TODAY);
        } else {
            var trainings = new ArrayList<fr.passerelle.engine.result.TrainingOption>();
            for (int i = 0; i < 60; i++) {
                trainings.add(PlanFixtures.training("S" + i, "Titre professionnel " + "très long intitulé ".repeat(20),
                        460_000L, PlanFixtures.CPF, PlanFixtures.TODAY.plusMonths(2), List.of("Conseil régional"), null));
            }
            var companies = new ArrayList<fr.passerelle.engine.result.CompanyOption>();
            for (int i = 0; i < 200; i++) {
                companies.add(PlanFixtures.company(i));
            }
            var target = PlanFixtures.target("D1507", "Employé / Employée de rayon libre-service", false, trainings, 500,
                    companies, 1_000);
            actionPlan = ActionPlanBuilder.build(PlanFixtures.path(List.of(target), true), "D1507", null,
                    "Marie-Évangéline de La Tour d'Auvergne", PlanFixtures.TODAY);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public Path pdf() throws IOException {
        Path out = folder.resolve("plan.pdf");
        new PdfPlanWriter().write(actionPlan, out);
        return out;
    }

    @Benchmark
    public Path csv() throws IOException {
        Path out = folder.resolve("plan.csv");
        new CsvPlanWriter().write(actionPlan, out);
        return out;
    }
}
