package fr.passerelle.bench;

import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingEngine;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.funding.rules.BundledRules;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One funding answer (every scheme of the bundled rules checked, amounts, pay, questions): the cost the path pays
 * for each training session it finds. Three sessions: bought by the Région, paid by the trainee with CPF, unknown
 * price.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FundingBenchmark {
    private static final LocalDate ON = LocalDate.of(2026, 11, 30);

    @Param({"region", "trainee", "unknown_price"})
    public String session;

    private FundingEngine engine;
    private FundingCase juliette;
    private FundingSession offer;

    @Setup
    public void setUp() {
        engine = new FundingEngine(BundledRules.get());
        juliette = new FundingCase(PersonStatus.DE, 20, Allocation.AUCUNE, null, 50_000L, null, "59", null, null);
        offer = switch (session) {
            case "region" -> new FundingSession("Titre professionnel Employé commercial en magasin", 525, 460_000L,
                    List.of(2, 4), true, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 28), "59");
            case "trainee" -> new FundingSession("CACES R489 catégorie 3 – chariots élévateurs (débutants)", 35, 99_000L,
                    List.of(10), true, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 18), "59");
            default -> new FundingSession("Préparation opérationnelle à l'emploi – mise en rayon", 350, null, List.of(4), null,
                    LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 5), "59");
        };
    }

    @Benchmark
    public FundingAnswer answer() {
        return engine.answer(juliette, offer, ON);
    }
}
