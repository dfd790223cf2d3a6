package fr.passerelle.funding.rules;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule condition may look at: the person's answers and the session's data. The vocabulary is closed so that a
 * typo in a rules file is refused, and each fact carries the question a counsellor asks when it is unknown.
 */
public enum Fact {
    PERSON_STATUS("person.status", Type.WORD, Set.of("de", "non_inscrit", "salarie")),
    PERSON_AGE("person.age", Type.NUMBER, Set.of()),
    PERSON_ALLOCATION("person.allocation", Type.WORD, Set.of("are", "ass", "rsa", "aucune")),
    PERSON_CPF("person.cpfEuros", Type.NUMBER, Set.of()),
    PERSON_RQTH("person.rqth", Type.BOOL, Set.of()),
    PERSON_DEPARTEMENT("person.departement", Type.WORD, Set.of()),
    PERSON_EMPLOYER_OFFER("person.employerOffer", Type.BOOL, Set.of()),
    PERSON_EMPLOYER_TOP_UP("person.employerTopUp", Type.BOOL, Set.of()),
    SESSION_HOURS("session.hours", Type.NUMBER, Set.of()),
    SESSION_FUNDING("session.funding", Type.WORD, Set.of("collective", "mixed", "individual")),
    SESSION_FUNDERS("session.funders", Type.NUMBERS, Set.of()),
    SESSION_CPF("session.cpfEligible", Type.BOOL, Set.of()),
    SESSION_KINDS("session.kinds", Type.WORDS, Set.of()),
    SESSION_DEPARTEMENT("session.departement", Type.WORD, Set.of());

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

    Fact(String key, Type type, Set<String> words) {
        this.key = key;
        this.type = type;
        this.words = words;
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

    /**
     * What the counsellor asks when the value is missing, in French: the text of {@code funding.question.<key>} in
     * engine/words/trainings.properties, where the English one sits beside it (one wording for both).
     */
    public String question() {
        return MessageRenderer.french().render(questionMessage());
    }

    /** The question as a message, said in the reader's language. */
    public Message questionMessage() {
        return Message.of("funding.question." + key);
    }

    public static Optional<Fact> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
