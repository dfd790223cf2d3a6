package fr.passerelle.sync;

import java.util.Optional;

/**
 * Release guards on arrival, as La Bonne Boite refuses to publish scores whose statistics jump implausibly
 * (research-notes.md): a dataset whose line count falls below half or rises above twice its previous version's is
 * refused (kept out of the cache, the rest of the bundle goes on), and so is an empty one. Small datasets (under
 * {@code minLinesToCompare} lines) are only checked for emptiness: a region list going from 18 to 13 lines is a
 * real reform, not a broken export.
 */
public record SanityRules(double maxDropRatio, double maxGrowthRatio, long minLinesToCompare) {

    public static SanityRules standard() {
        return new SanityRules(0.5, 2.0, 50);
    }

    /** Accepts everything but empty files (sync --accepter-sauts, after a counsellor checked the new version). */
    public static SanityRules acceptJumps() {
        return new SanityRules(0, Double.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Why the new version is refused, or empty when it passes. */
    public Optional<String> check(BundleManifest.BundleFile file, Long previousLines) {
        if (file.lines() == 0 || file.bytes() == 0) {
            return Optional.of("fichier vide : il viderait le jeu de données qu'il remplace");
        }
        if (previousLines == null || previousLines < minLinesToCompare) {
            return Optional.empty();
        }
        double ratio = (double) file.lines() / previousLines;
        if (ratio < maxDropRatio || ratio > maxGrowthRatio) {
            return Optional.of(String.format(java.util.Locale.FRANCE,
                    "saut invraisemblable : %s lignes au lieu de %s (×%.2f ; accepté entre ×%.2f et ×%.2f)",
                    FrenchCounts.of(file.lines()), FrenchCounts.of(previousLines), ratio, maxDropRatio, maxGrowthRatio));
        }
        return Optional.empty();
    }
}
