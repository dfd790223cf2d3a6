package fr.passerelle.app;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.search.JobMatch;
import fr.passerelle.search.JobSearch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a typed request into a validated profile: finds the occupation (job title through the search, or ROME code)
 * and the commune (INSEE code, postal code or name) in the cache, checks numbers. Every refusal names the field and,
 * when it can, suggests what was probably meant.
 */
public final class ProfileResolver {
    private final java.util.function.Supplier<JobSearch> jobs;
    private final PathIndex index;

    public ProfileResolver(JobSearch jobs, PathIndex index) {
        this(() -> jobs, index);
    }

    /** With the job titles asked for only when a job is typed (a fresh command then never reads them for a ROME code). */
    public ProfileResolver(java.util.function.Supplier<JobSearch> jobs, PathIndex index) {
        this.jobs = jobs;
        this.index = index;
    }

    public JobSeekerProfile resolve(PathRequest r) throws InvalidRequestException {
        RomeCode rome = occupation(r);
        InseeCode commune = commune(r.commune());
        int radius = r.radiusKm() == null ? PathRequest.DEFAULT_RADIUS_KM : r.radiusKm();
        if (radius < 1 || radius > JobSeekerProfile.MAX_RADIUS_KM) {
            throw refusal("request.radius", Param.code(String.valueOf(radius)), Param.code(String.valueOf(JobSeekerProfile.MAX_RADIUS_KM)));
        }
        EducationLevel level = r.level() == null ? EducationLevel.AUCUN : EducationLevel.parse(r.level()).orElseThrow(() ->
                refusal("request.level", Param.label(r.level())));
        if (r.maxHours() != null && r.maxHours() < 1) {
            throw refusal("request.maxHours", Param.code(String.valueOf(r.maxHours())));
        }
        Situation situation = situation(r);
        return new JobSeekerProfile(rome, commune, radius, level, r.maxHours(), cents("request.field.cpf", r.cpfEuros()),
                cents("request.field.budget", r.budgetEuros()), Boolean.TRUE.equals(r.remote()), situation.status(), situation.age(),
                situation.allocation(), situation.allocationEnd());
    }

    /** What the funding rules need, checked; each answer stays null when not given. */
    public record Situation(PersonStatus status, Integer age, Allocation allocation, LocalDate allocationEnd) {
    }

    /** Checks the funding answers of a request (status, age, allowance and its end); every refusal names the field. */
    public static Situation situation(PathRequest r) throws InvalidRequestException {
        PersonStatus status = null;
        if (r.status() != null) {
            status = PersonStatus.parse(r.status()).orElseThrow(() -> refusal("request.status", Param.label(r.status())));
        }
        if (r.age() != null && (r.age() < JobSeekerProfile.MIN_AGE || r.age() > JobSeekerProfile.MAX_AGE)) {
            throw refusal("request.age", Param.code(String.valueOf(r.age())), Param.code(String.valueOf(JobSeekerProfile.MIN_AGE)),
                    Param.code(String.valueOf(JobSeekerProfile.MAX_AGE)));
        }
        Allocation allocation = null;
        if (r.allocation() != null) {
            allocation = Allocation.parse(r.allocation()).orElseThrow(() -> refusal("request.allocation", Param.label(r.allocation())));
        }
        LocalDate end = null;
        if (r.allocationEnd() != null) {
            try {
                end = LocalDate.parse(r.allocationEnd().strip());
            } catch (DateTimeParseException e) {
                throw refusal("request.allocationEnd.date", Param.label(r.allocationEnd()));
            }
            if (allocation == null || allocation == Allocation.AUCUNE) {
                throw refusal("request.allocationEnd.alone");
            }
        }
        return new Situation(status, r.age(), allocation, end);
    }

    private RomeCode occupation(PathRequest r) throws InvalidRequestException {
        if (r.rome() != null && r.job() != null) {
            throw refusal("request.job.both");
        }
        if (r.rome() != null) {
            String code = r.rome().strip().toUpperCase(java.util.Locale.ROOT);
            if (!RomeCode.isValid(code)) {
                throw refusal("request.rome.invalid", Param.label(r.rome()));
            }
            if (index.referential().fiche(code).isEmpty()) {
                throw refusal("request.rome.unknown", Param.code(code));
            }
            return new RomeCode(code);
        }
        if (r.job() == null || r.job().isBlank()) {
            throw refusal("request.job.missing");
        }
        List<JobMatch> matches = jobs.get().search(r.job(), 8);
        if (matches.isEmpty()) {
            throw refusal("request.job.none", Param.label(r.job()));
        }
        JobMatch best = matches.get(0);
        Set<String> codes = new LinkedHashSet<>();
        matches.stream().limit(5).forEach(m -> codes.add(m.title().romeCode().value()));
        if (best.kind() == JobMatch.MatchKind.EXACT || codes.size() == 1) {
            return best.title().romeCode();
        }
        List<String> suggestions = new ArrayList<>();
        for (JobMatch m : matches) {
            String s = m.title().romeCode() + " " + m.title().label();
            if (!suggestions.contains(s)) {
                suggestions.add(s);
            }
        }
        throw new InvalidRequestException(Message.of("request.job.ambiguous", Param.label(r.job())), suggestions);
    }

    private InseeCode commune(String text) throws InvalidRequestException {
        if (text == null || text.isBlank()) {
            throw refusal("request.commune.missing");
        }
        TerritoryIndex.Lookup lookup = index.territory().lookup(text);
        if (lookup.place().isPresent()) {
            return new InseeCode(lookup.place().get().insee());
        }
        List<String> suggestions = lookup.candidates().stream()
                .map(p -> p.insee() + " " + p.name() + " (" + p.departement() + ")").toList();
        if (suggestions.isEmpty()) {
            throw refusal("request.commune.none", Param.label(text),
                    Param.of(index.territory().size() == 0 ? Message.of("request.commune.noneLoaded") : Message.NONE));
        }
        throw new InvalidRequestException(Message.of("request.commune.ambiguous", Param.label(text)), suggestions);
    }

    private static long cents(String field, BigDecimal euros) throws InvalidRequestException {
        if (euros == null) {
            return 0;
        }
        if (euros.signum() < 0) {
            throw refusal("request.amount.negative", Param.of(Message.of(field)), Param.code(euros.toPlainString()));
        }
        try {
            return euros.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw refusal("request.amount.huge", Param.of(Message.of(field)), Param.code(euros.toPlainString()));
        }
    }

    /** A refusal said by the bundles (engine/words/requests*.properties): French by default, English for the reader. */
    private static InvalidRequestException refusal(String key, Param... params) {
        return new InvalidRequestException(Message.of(key, params));
    }
}
