package fr.passerelle.funding.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule condition may look at: the person's answers and the session's data. The vocabulary is closed so that a
 * typo in a rules file is refused, and each fact carries the question a counsellor asks when it is unknown.
 */
public enum Fact {
    PERSON_STATUS("person.status", Type.WORD, Set.of("de", "non_inscrit", "salarie"),
            "Est-elle inscrite comme demandeuse d'emploi à France Travail, en recherche d'emploi sans être inscrite, ou salariée ?"),
    PERSON_AGE("person.age", Type.NUMBER, Set.of(), "Quel âge a-t-elle ?"),
    PERSON_ALLOCATION("person.allocation", Type.WORD, Set.of("are", "ass", "rsa", "aucune"),
            "Touche-t-elle une allocation : ARE (chômage), ASS, RSA, ou aucune ? Jusqu'à quelle date ?"),
    PERSON_CPF("person.cpfEuros", Type.NUMBER, Set.of(), "Quel est le solde de son CPF (sur moncompteformation.gouv.fr) ?"),
    PERSON_RQTH("person.rqth", Type.BOOL, Set.of(),
            "A-t-elle une reconnaissance de la qualité de travailleur handicapé (RQTH) ? Question facultative : la réponse sert à ce calcul et n'est jamais enregistrée."),
    PERSON_DEPARTEMENT("person.departement", Type.WORD, Set.of(), "Dans quelle commune habite-t-elle ?"),
    PERSON_EMPLOYER_OFFER("person.employerOffer", Type.BOOL, Set.of(),
            "Un employeur s'engage-t-il à l'embaucher à l'issue de la formation (offre déposée à France Travail) ?"),
    PERSON_EMPLOYER_TOP_UP("person.employerTopUp", Type.BOOL, Set.of(), "Son employeur abonde-t-il son CPF pour cette formation ?"),
    SESSION_HOURS("session.hours", Type.NUMBER, Set.of(), "Combien d'heures dure la formation ?"),
    SESSION_FUNDING("session.funding", Type.WORD, Set.of("collective", "mixed", "individual"),
            "Qui finance les places de cette session ? (à demander à l'organisme de formation)"),
    SESSION_FUNDERS("session.funders", Type.NUMBERS, Set.of(), "Quels sont les financeurs de la session ?"),
    SESSION_CPF("session.cpfEligible", Type.BOOL, Set.of(), "La formation est-elle éligible au CPF (fiche sur Mon compte formation) ?"),
    SESSION_KINDS("session.kinds", Type.WORDS, Set.of(), "La session est-elle une POEC, ou en alternance (apprentissage, contrat de professionnalisation) ? (son intitulé ne le dit pas)"),
    SESSION_DEPARTEMENT("session.departement", Type.WORD, Set.of(), "Où a lieu la formation ?");

    /** How a fact's value is compared. */
    public enum Type {
        /** One word out of a list ({@code in}, {@code notIn}). */
        WORD,
        /** A set of words (any of them {@code in}). */
        WORDS,
        /** An exact decimal ({@code min}, {@code max}, inclusive). */
        NUMBER,
        /** A set of integer codes (any of them {@code in}, none {@code notIn}). */
        NUMBERS,
        /** True or false ({@code is}). */
        BOOL
    }

    private final String key;
    private final Type type;
    private final Set<String> words;
    private final String question;

    Fact(String key, Type type, Set<String> words, String question) {
        this.key = key;
        this.type = type;
        this.words = words;
        this.question = question;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The allowed words of a closed WORD fact, empty when any word goes. */
    public Set<String> words() {
        return words;
    }

    /** What the counsellor asks when the value is missing. */
    public String question() {
        return question;
    }

    public static Optional<Fact> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
