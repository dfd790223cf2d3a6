package fr.passerelle.domain.training;

/**
 * A funder of places on an action, by its LHEO code (dict-financeurs): 2 conseil régional, 4 Pôle emploi /
 * France Travail, 5 entreprise, 10 bénéficiaire, 16 OPCO... {@code fundedPlaces} null when not given.
 */
public record TrainingFunder(String actionId, int funderCode, Integer fundedPlaces) {
    public static final int REGION = 2;
    public static final int FRANCE_TRAVAIL = 4;

    public TrainingFunder {
        Checks.id("action", actionId);
        if (!isValidCode(funderCode)) {
            throw new IllegalArgumentException("code financeur " + funderCode + " inconnu (0 à 20)");
        }
        Checks.nonNegative("nombre de places financées", fundedPlaces);
    }

    public static boolean isValidCode(int code) {
        return code >= 0 && code <= 20;
    }
}
