package fr.passerelle.engine.result;

/**
 * When she could start in the target occupation: tomorrow, after a few months of training, or as a longer project
 * (a regulated diploma, a training of over a year, or a level well above hers). Decided by the engine with its
 * reason; the path is presented horizon by horizon, each ranked on its own.
 */
public enum Horizon {
    NOW("now", "Tout de suite", "sans formation obligatoire"),
    SHORT("short", "Dans quelques mois", "une formation courte ou un permis"),
    LONG("long", "Projet plus long", "un diplôme réglementé, une formation de plus d'un an ou un niveau à atteindre");

    private final String key;
    private final String label;
    private final String meaning;

    Horizon(String key, String label, String meaning) {
        this.key = key;
        this.label = label;
        this.meaning = meaning;
    }

    /** The JSON spelling: {@code now}, {@code short}, {@code long}. */
    public String key() {
        return key;
    }

    /** The French heading. */
    public String label() {
        return label;
    }

    /** What the horizon means, in French. */
    public String meaning() {
        return meaning;
    }
}
