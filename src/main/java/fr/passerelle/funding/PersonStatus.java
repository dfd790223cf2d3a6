package fr.passerelle.funding;

import java.util.Arrays;
import java.util.Optional;

/** Where she stands: registered job seeker, job seeker not registered with France Travail, or employee. */
public enum PersonStatus {
    DE("de", "demandeuse d'emploi inscrite à France Travail"),
    NON_INSCRIT("non_inscrit", "en recherche d'emploi, non inscrite à France Travail"),
    SALARIE("salarie", "salariée");

    private final String key;
    private final String label;

    PersonStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value used in rules files, JSON and persona files. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Accepts the key, with '-' for '_' and any case ("de", "non-inscrit", "salarie", "salariée"). */
    public static Optional<PersonStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace("é", "e");
        if (t.equals("salariee")) {
            t = "salarie";
        }
        String key = t;
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
