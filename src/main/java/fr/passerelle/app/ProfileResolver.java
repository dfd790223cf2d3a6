package fr.passerelle.app;

import fr.passerelle.domain.InseeCode;
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
            throw new InvalidRequestException("rayon : " + radius + " km n'est pas possible (de 1 à " + JobSeekerProfile.MAX_RADIUS_KM + " km)");
        }
        EducationLevel level = r.level() == null ? EducationLevel.AUCUN : EducationLevel.parse(r.level()).orElseThrow(() ->
                new InvalidRequestException("niveau : « " + r.level() + " » est inconnu (aucun, cap, bac, bac+2, bac+3, bac+5, bac+8, ou 1 à 8)"));
        if (r.maxHours() != null && r.maxHours() < 1) {
            throw new InvalidRequestException("durée maximale : " + r.maxHours() + " h n'est pas possible (au moins 1 h)");
        }
        Situation situation = situation(r);
        return new JobSeekerProfile(rome, commune, radius, level, r.maxHours(), cents("solde CPF", r.cpfEuros()),
                cents("budget", r.budgetEuros()), Boolean.TRUE.equals(r.remote()), situation.status(), situation.age(),
                situation.allocation(), situation.allocationEnd());
    }

    /** What the funding rules need, checked; each answer stays null when not given. */
    public record Situation(PersonStatus status, Integer age, Allocation allocation, LocalDate allocationEnd) {
    }

    /** Checks the funding answers of a request (status, age, allowance and its end); every refusal names the field. */
    public static Situation situation(PathRequest r) throws InvalidRequestException {
        PersonStatus status = null;
        if (r.status() != null) {
            status = PersonStatus.parse(r.status()).orElseThrow(() -> new InvalidRequestException("statut : « " + r.status()
                    + " » est inconnu (de = demandeuse d'emploi inscrite, non-inscrit, salarie)"));
        }
        if (r.age() != null && (r.age() < JobSeekerProfile.MIN_AGE || r.age() > JobSeekerProfile.MAX_AGE)) {
            throw new InvalidRequestException("âge : " + r.age() + " ans n'est pas possible (de " + JobSeekerProfile.MIN_AGE
                    + " à " + JobSeekerProfile.MAX_AGE + " ans)");
        }
        Allocation allocation = null;
        if (r.allocation() != null) {
            allocation = Allocation.parse(r.allocation()).orElseThrow(() -> new InvalidRequestException("allocation : « "
                    + r.allocation() + " » est inconnue (are, ass, rsa, aucune)"));
        }
        LocalDate end = null;
        if (r.allocationEnd() != null) {
            try {
                end = LocalDate.parse(r.allocationEnd().strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("fin d'allocation : « " + r.allocationEnd()
                        + " » n'est pas une date (AAAA-MM-JJ, ex. 2027-06-30)");
            }
            if (allocation == null || allocation == Allocation.AUCUNE) {
                throw new InvalidRequestException("fin d'allocation : donnée sans allocation (précisez are, ass ou rsa)");
            }
        }
        return new Situation(status, r.age(), allocation, end);
    }

    private RomeCode occupation(PathRequest r) throws InvalidRequestException {
        if (r.rome() != null && r.job() != null) {
            throw new InvalidRequestException("métier : donnez --job ou --rome, pas les deux");
        }
        if (r.rome() != null) {
            String code = r.rome().strip().toUpperCase(java.util.Locale.ROOT);
            if (!RomeCode.isValid(code)) {
                throw new InvalidRequestException("code ROME : « " + r.rome() + " » n'est pas un code ROME (une lettre et quatre chiffres, ex. D1505)");
            }
            if (index.referential().fiche(code).isEmpty()) {
                throw new InvalidRequestException("code ROME : " + code + " n'est pas dans le référentiel ROME 4 du cache");
            }
            return new RomeCode(code);
        }
        if (r.job() == null || r.job().isBlank()) {
            throw new InvalidRequestException("métier : indiquez l'intitulé (--job) ou le code ROME (--rome)");
        }
        List<JobMatch> matches = jobs.get().search(r.job(), 8);
        if (matches.isEmpty()) {
            throw new InvalidRequestException("métier : aucun intitulé ne correspond à « " + r.job() + " »");
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
        throw new InvalidRequestException("métier : « " + r.job() + " » est ambigu ; précisez l'intitulé ou donnez le code ROME", suggestions);
    }

    private InseeCode commune(String text) throws InvalidRequestException {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("commune : indiquez le code INSEE, le code postal ou le nom (--commune)");
        }
        TerritoryIndex.Lookup lookup = index.territory().lookup(text);
        if (lookup.place().isPresent()) {
            return new InseeCode(lookup.place().get().insee());
        }
        List<String> suggestions = lookup.candidates().stream()
                .map(p -> p.insee() + " " + p.name() + " (" + p.departement() + ")").toList();
        if (suggestions.isEmpty()) {
            throw new InvalidRequestException("commune : « " + text + " » n'est dans aucun jeu de données du cache"
                    + (index.territory().size() == 0 ? " (le cache ne contient aucune commune : importez geo/communes.csv)" : ""));
        }
        throw new InvalidRequestException("commune : « " + text + " » est ambigu ou inconnu ; vouliez-vous dire :", suggestions);
    }

    private static long cents(String field, BigDecimal euros) throws InvalidRequestException {
        if (euros == null) {
            return 0;
        }
        if (euros.signum() < 0) {
            throw new InvalidRequestException(field + " : un montant négatif (" + euros.toPlainString() + " €) n'est pas possible");
        }
        try {
            return euros.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidRequestException(field + " : " + euros.toPlainString() + " € est un montant démesuré");
        }
    }
}
