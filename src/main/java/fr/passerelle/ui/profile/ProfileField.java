package fr.passerelle.ui.profile;

/** The fields of the profile form that can be refused, each with its own message under it. */
public enum ProfileField {
    JOB, COMMUNE, RADIUS, LEVEL, MAX_HOURS, CPF, BUDGET, STATUS, AGE, ALLOCATION, ALLOCATION_END;

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
        if (m.startsWith("statut")) {
            return STATUS;
        }
        if (m.startsWith("âge")) {
            return AGE;
        }
        if (m.startsWith("fin d'allocation")) {
            return ALLOCATION_END;
        }
        if (m.startsWith("allocation")) {
            return ALLOCATION;
        }
        return JOB;
    }
}
