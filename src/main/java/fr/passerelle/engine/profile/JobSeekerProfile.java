package fr.passerelle.engine.profile;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.PersonStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the path is computed for: current occupation, home commune, how far she can travel, her level, how long a
 * training she accepts, her CPF balance and what she can pay herself (in cents), remote learning or not; and what
 * the funding rules need: her status, age, allowance and its end date (each null when not asked yet: never taken
 * as a yes). An RQTH recognition is never part of the profile: it is asked for one funding computation only.
 */
public record JobSeekerProfile(RomeCode rome, InseeCode commune, int radiusKm, EducationLevel level, Integer maxHours,
                               long cpfCents, long budgetCents, boolean remote, PersonStatus status, Integer age,
                               Allocation allocation, LocalDate allocationEnd) {
    public static final int MAX_RADIUS_KM = 1_000;
    public static final int MIN_AGE = 14;
    public static final int MAX_AGE = 99;

    /** A profile without the funding answers (status, age, allowance unknown). */
    public JobSeekerProfile(RomeCode rome, InseeCode commune, int radiusKm, EducationLevel level, Integer maxHours,
                            long cpfCents, long budgetCents, boolean remote) {
        this(rome, commune, radiusKm, level, maxHours, cpfCents, budgetCents, remote, null, null, null, null);
    }

    public JobSeekerProfile {
        Objects.requireNonNull(rome, "rome");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(level, "level");
        if (radiusKm < 1 || radiusKm > MAX_RADIUS_KM) {
            throw new IllegalArgumentException("le rayon doit aller de 1 à " + MAX_RADIUS_KM + " km, pas " + radiusKm);
        }
        if (maxHours != null && maxHours < 1) {
            throw new IllegalArgumentException("la durée maximale de formation doit être positive, pas " + maxHours);
        }
        if (cpfCents < 0) {
            throw new IllegalArgumentException("le solde CPF ne peut pas être négatif");
        }
        if (budgetCents < 0) {
            throw new IllegalArgumentException("le reste à charge acceptable ne peut pas être négatif");
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("l'âge doit aller de " + MIN_AGE + " à " + MAX_AGE + " ans, pas " + age);
        }
    }

    public JobSeekerProfile withRadius(int km) {
        return new JobSeekerProfile(rome, commune, km, level, maxHours, cpfCents, budgetCents, remote, status, age,
                allocation, allocationEnd);
    }

    public JobSeekerProfile withMaxHours(Integer hours) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, hours, cpfCents, budgetCents, remote, status, age,
                allocation, allocationEnd);
    }

    public JobSeekerProfile withRemote(boolean accepted) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, maxHours, cpfCents, budgetCents, accepted, status, age,
                allocation, allocationEnd);
    }

    /** The same profile with another amount she can pay herself (cents): a what-if keeps her funding answers. */
    public JobSeekerProfile withBudget(long cents) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, maxHours, cpfCents, cents, remote, status, age,
                allocation, allocationEnd);
    }

    /** The same profile with the funding answers. */
    public JobSeekerProfile withSituation(PersonStatus newStatus, Integer newAge, Allocation newAllocation, LocalDate end) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, maxHours, cpfCents, budgetCents, remote, newStatus, newAge,
                newAllocation, end);
    }
}
