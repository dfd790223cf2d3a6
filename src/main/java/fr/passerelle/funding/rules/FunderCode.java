package fr.passerelle.funding.rules;

/** A LHEO funder code (dict-financeurs) and what it means for the person. */
public record FunderCode(int code, String label, Group group) {

    public enum Group {
        /** Buys places for job seekers (Région, France Travail, Agefiph, Département, État, OPCO...). */
        PUBLIC,
        /** The person or her employer may enrol and pay (0 other, 5 employer, 10 the trainee). */
        INDIVIDUAL,
        /** A co-funder that neither buys places nor lets individuals pay (FSE, Transitions Pro...). */
        OTHER
    }
}
