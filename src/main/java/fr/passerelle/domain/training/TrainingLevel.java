package fr.passerelle.domain.training;

/**
 * An education level as LHEO codes it (dict-niveaux): 0 not communicated, 1 no specific level, 2..8 the old
 * scale (VI, V bis, V = CAP/BEP, IV = bac, III, II, I), 11..18 the 2019 national framework (niveau 1..8).
 */
public record TrainingLevel(int code) {
    public TrainingLevel {
        if (!isValid(code)) {
            throw new IllegalArgumentException("niveau " + code + " inconnu (0 à 8, ou 11 à 18 pour les niveaux 1 à 8 du cadre national)");
        }
    }

    public static boolean isValid(int code) {
        return code >= 0 && code <= 8 || code >= 11 && code <= 18;
    }

    /** The level of the 2019 national framework (1..8): {@code niveau n} is code 10 + n. */
    public static TrainingLevel ofNationalFramework(int level) {
        return new TrainingLevel(10 + level);
    }
}
