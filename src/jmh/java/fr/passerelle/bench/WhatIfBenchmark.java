package fr.passerelle.bench;

import fr.passerelle.app.IndexService;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.search.JobSearch;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.interview.InterviewState;
import fr.passerelle.ui.path.CardGrouping;
import fr.passerelle.ui.path.PathViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A what-if change on the path screen at national scale: one move of the radius slider on an open path, from the
 * new value to the cards' texts in the view model (engine, formatting, observable lists), as the window runs it minus
 * the drawing. Profiles are PathBenchmark's random ones; each change moves the radius by 10 km, up then down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class WhatIfBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private Workstation workstation;
    private IndexService indexes;
    private List<JobSeekerProfile> profiles;
    private InterviewState state;
    private PathViewModel model;
    private int next;
    private boolean up;

    @Setup(Level.Trial)
    public void build() throws Exception {
        workstation = NationalCache.open();
        long start = System.nanoTime();
        // The window's own index: the generation's saved file, or streamed from the cache into it and read back.
        PathIndex index = workstation.indexes().await().engine().index();
        System.out.printf("%nindex loaded or built: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        IndexService.Indexes built = new IndexService.Indexes(workstation.dataVersion(), JobSearch.build(List.of()),
                new PathEngine(index, RankingWeights.DEFAULT));
        indexes = new IndexService(workstation::snapshot, workstation::dataVersion, (snapshot, progress) -> built);
        indexes.await();
        profiles = PathBenchmark.randomProfiles(index, 1_000);
        state = new InterviewState();
        model = new PathViewModel(new PathService(indexes, CLOCK), state, TaskRunner.synchronous(), screen -> { },
                Messages.french(), CardGrouping.single("Métiers"));
    }

    /** Opens the next profile's path (not measured: the counsellor opened it before moving the slider). */
    @Setup(Level.Invocation)
    public void open() {
        JobSeekerProfile p = profiles.get(next);
        next = (next + 1) % profiles.size();
        state.profileProperty().set(p);
        up = !up;
    }

    @Benchmark
    public int moveTheRadius() {
        int radius = model.radiusProperty().get();
        model.radiusProperty().set(up ? radius + 10 : Math.max(1, radius - 10));
        return model.groups().size();
    }

    @TearDown(Level.Trial)
    public void close() {
        indexes.close();
        workstation.close();
    }
}
