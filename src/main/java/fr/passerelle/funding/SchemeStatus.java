package fr.passerelle.funding;

/**
 * What a scheme means for her: {@code certain} (due as soon as its conditions hold), {@code possible} (decided by
 * someone: a funder, an employer), {@code not_eligible} (a condition is not met), {@code unknown} (an answer is
 * missing; never counted).
 */
public enum SchemeStatus {
    CERTAIN("certain", "acquis"),
    POSSIBLE("possible", "possible"),
    NOT_ELIGIBLE("not_eligible", "non"),
    UNKNOWN("unknown", "à vérifier");

    private final String key;
    private final String label;

    SchemeStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The JSON value. */
    public String key() {
        return key;
    }

    /** The word a counsellor reads. */
    public String label() {
        return label;
    }
}
