package fr.passerelle.app;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.PathEngine;
import fr.passerelle.engine.PathException;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetDetail;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.search.JobMatch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way from a request to a path, for the {@code path} command and the window alike, so that they never
 * disagree: resolve the job and the commune ({@link ProfileResolver}), then run the engine on the indexes of the
 * published cache state. Calls wait for the indexes when they are being built: never call them on a UI thread.
 */
public final class PathService {
    private final IndexService indexes;
    private final Clock clock;

    public PathService(IndexService indexes, Clock clock) {
        this.indexes = indexes;
        this.clock = clock;
    }

    /** True when the indexes of the published cache are built: a call would answer at once. */
    public boolean ready() {
        return indexes.isReady();
    }

    /** The day the paths are computed for (trainings that started before it are left out). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks and resolves a typed request; every refusal names the field. */
    public JobSeekerProfile resolve(PathRequest request) throws InvalidRequestException {
        IndexService.Indexes current = indexes.await();
        return new ProfileResolver(current.titles(), current.engine().index()).resolve(request);
    }

    /** Resolves the request, then computes the path: the {@code limit} best targets. */
    public PathResult path(PathRequest request, int limit) throws InvalidRequestException, PathException {
        return path(request, limit, today());
    }

    /** Same for a given day (the {@code plan} command's interview date). */
    public PathResult path(PathRequest request, int limit, LocalDate day) throws InvalidRequestException, PathException {
        IndexService.Indexes current = indexes.await();
        JobSeekerProfile profile = new ProfileResolver(current.titles(), current.engine().index()).resolve(request);
        return current.engine().compute(profile, limit, day);
    }

    /** The path of an already resolved profile (what-if changes: radius, hours, budget, remote). */
    public PathResult path(JobSeekerProfile profile, int limit) throws PathException {
        return engine().compute(profile, limit, today());
    }

    /** All trainings and companies of one target for her. */
    public TargetDetail detail(JobSeekerProfile profile, String rome) throws PathException {
        return engine().detail(profile, rome, today());
    }

    /**
     * Who pays what for one session of her path, computed again on the path's day with the same rules, with her answer
     * to the RQTH question (true, false, or null when not asked): used for this computation only, never stored.
     */
    public FundingAnswer funding(JobSeekerProfile profile, FundingSession session, Boolean rqth) {
        return engine().funding().answer(profile, session, today(), rqth);
    }

    /** Job titles matching what was typed (accents, case and small typos tolerated). */
    public List<JobMatch> jobs(String text, int limit) {
        return indexes.await().jobSearch().search(text, limit);
    }

    /** Communes whose name, postal code or INSEE code starts with what was typed. */
    public List<TerritoryIndex.Place> communes(String text, int limit) {
        return engine().index().territory().complete(text, limit);
    }

    /** The other communes whose postal code is this typed commune, when it is read as an INSEE code (see TerritoryIndex). */
    public List<TerritoryIndex.Place> postalNamesakes(String commune) {
        return engine().index().territory().postalNamesakes(commune);
    }

    /** The postal codes of a commune. */
    public List<String> postalCodes(String insee) {
        return engine().index().territory().postalCodes(insee);
    }

    /** The label of a ROME 4 fiche, or null when the cache does not hold it. */
    public String occupationLabel(String rome) {
        return engine().index().referential().fiche(rome).map(f -> f.label()).orElse(null);
    }

    private PathEngine engine() {
        return indexes.await().engine();
    }
}
