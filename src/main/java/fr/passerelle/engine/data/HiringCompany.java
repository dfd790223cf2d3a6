package fr.passerelle.engine.data;

import java.util.Objects;

/**
 * A company and its hiring score (0–100) for one ROME code. {@code estimated} is true when the score was derived
 * from ROME ↔ NAF hiring weights rather than published with the data.
 */
public record HiringCompany(String siret, String name, String nafCode, String communeInsee, double latitude,
                            double longitude, String romeCode, int score, boolean estimated, String headcount) {
    public HiringCompany {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(romeCode, "romeCode");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("hiring score out of 0..100: " + score);
        }
    }
}
