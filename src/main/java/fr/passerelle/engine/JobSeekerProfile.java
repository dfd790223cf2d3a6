package fr.passerelle.engine;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * What the path is computed for: current occupation, home commune, how far she can travel, her level, how long a
 * training she accepts, her CPF balance and what she can pay herself (in cents), remote learning or not.
 */
public record JobSeekerProfile(RomeCode rome, InseeCode commune, int radiusKm, EducationLevel level, Integer maxHours,
                               long cpfCents, long budgetCents, boolean remote) {
    public static final int MAX_RADIUS_KM = 1_000;

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
    }

    public JobSeekerProfile withRadius(int km) {
        return new JobSeekerProfile(rome, commune, km, level, maxHours, cpfCents, budgetCents, remote);
    }

    public JobSeekerProfile withMaxHours(Integer hours) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, hours, cpfCents, budgetCents, remote);
    }

    public JobSeekerProfile withRemote(boolean accepted) {
        return new JobSeekerProfile(rome, commune, radiusKm, level, maxHours, cpfCents, budgetCents, accepted);
    }
}
