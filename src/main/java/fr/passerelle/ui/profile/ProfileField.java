package fr.passerelle.ui.profile;

/** The fields of the profile form that can be refused, each with its own message under it. */
public enum ProfileField {
    JOB, COMMUNE, RADIUS, LEVEL, MAX_HOURS, CPF, BUDGET;

    /**
     * The field a resolver message is about: {@link fr.passerelle.app.ProfileResolver} starts each refusal with the
     * field's French name ("commune : …").
     */
    static ProfileField ofResolverMessage(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("commune")) {
            return COMMUNE;
        }
        if (m.startsWith("rayon")) {
            return RADIUS;
        }
        if (m.startsWith("niveau")) {
            return LEVEL;
        }
        if (m.startsWith("durée")) {
            return MAX_HOURS;
        }
        if (m.startsWith("solde CPF")) {
            return CPF;
        }
        if (m.startsWith("budget")) {
            return BUDGET;
        }
        return JOB;
    }
}
