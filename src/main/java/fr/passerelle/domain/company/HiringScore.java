package fr.passerelle.domain.company;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/**
 * How likely an establishment is to hire for an occupation, 0–100 (La Bonne Boite's scale), with its source.
 * The score is null only for {@link ScoreSource#LISTED} links, whose value the source did not give.
 */
public record HiringScore(Siret siret, RomeCode romeCode, Integer score, ScoreSource scoreSource) {
    public HiringScore {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(scoreSource, "scoreSource");
        if ((score == null) != (scoreSource == ScoreSource.LISTED)) {
            throw new IllegalArgumentException(score == null
                    ? "un score d'embauche publié ou estimé doit avoir une valeur"
                    : "un lien « listé » n'a pas de valeur de score");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("score d'embauche hors de 0 à 100 : " + score);
        }
    }
}
