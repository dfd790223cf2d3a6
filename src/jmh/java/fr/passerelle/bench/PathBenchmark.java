package fr.passerelle.bench;

import fr.passerelle.app.Workstation;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.PathException;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.result.PathResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Juliette-style paths at national scale (real referentials and labour-market data, 300k generated sessions, 1M
 * generated companies): latency per path over 1,000 random profiles, in a JVM limited to a 512 MB heap. The setup
 * prints the index build time and the heap the indexes hold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PathBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /**
     * "built": the index built from the cache (as before persisted indexes); "persisted": the index loaded from the
     * generation's saved file (written first when absent), with its sessions decoded on demand, as every process
     * after the first now gets it.
     */
    @Param({"built", "persisted"})
    public String source;

    private Workstation workstation;
    private PathEngine engine;
    private final List<JobSeekerProfile> profiles = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void build() throws Exception {
        workstation = NationalCache.open();
        PathDataSource source = new fr.passerelle.store.PathDataStore(workstationDatabase());
        System.gc();
        long before = usedHeap();
        long start = System.nanoTime();
        PathIndex index;
        if ("persisted".equals(this.source)) {
            String generation = workstation.dataVersion();
            java.nio.file.Path file = fr.passerelle.engine.index.persist.PathIndexFile.in(workstation.cacheFile().getParent());
            if (!java.nio.file.Files.exists(file)) {
                // As the workstation does: streamed from the cache straight into the file (no index built in memory).
                fr.passerelle.engine.index.persist.PathIndexFile.build(file, generation, source,
                        fr.passerelle.core.ProgressListener.NONE);
                System.gc();
                before = usedHeap();
                start = System.nanoTime();
            }
            index = fr.passerelle.engine.index.persist.PathIndexFile.read(file, generation);
        } else {
            index = PathIndex.build(source);
        }
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long held = usedHeap() - before;
        engine = new PathEngine(index, RankingWeights.DEFAULT);
        System.out.printf("%nindex " + this.source + ": %d ms; heap held by the indexes: %d MB; %d sessions, %d companies, %d fiches%n",
                buildMillis, held / (1024 * 1024), index.trainings().size(), index.companies().size(), index.referential().size());
        profiles.addAll(randomProfiles(index, 1_000));
    }

    private fr.passerelle.store.ReferenceDatabase workstationDatabase() {
        return workstation.referenceDatabase();
    }

    static List<JobSeekerProfile> randomProfiles(PathIndex index, int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> codes = new ArrayList<>();
        for (String code : index.referential().codes()) {
            if (index.referential().rankedLinks(code).size() >= 3) {
                codes.add(code);
            }
        }
        List<String> communes = index.territory().placedCommunes();
        EducationLevel[] levels = EducationLevel.values();
        List<JobSeekerProfile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new JobSeekerProfile(new RomeCode(codes.get(random.nextInt(codes.size()))),
                    new InseeCode(communes.get(random.nextInt(communes.size()))), 10 + random.nextInt(41),
                    levels[random.nextInt(levels.length)], random.nextInt(3) == 0 ? null : 100 + random.nextInt(1400),
                    100L * random.nextInt(3000), 100L * random.nextInt(1000), random.nextBoolean()));
        }
        return out;
    }

    @Benchmark
    public PathResult path() throws PathException {
        JobSeekerProfile profile = profiles.get(next);
        next = (next + 1) % profiles.size();
        return engine.compute(profile, 5, TODAY);
    }

    @TearDown(Level.Trial)
    public void close() {
        workstation.close();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
