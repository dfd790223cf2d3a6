package fr.passerelle.domain;

/**
 * The two ROME generations kept side by side. Most labour-market data (tension, offers, BMO, La Bonne Boite)
 * is keyed by ROME 3 codes; ROME 4 fiches point to their ROME 3 parent, which links the two.
 */
public enum Referential {
    V4("v4", "ROME 4.0"),
    V3("v3", "ROME 3");

    private final String key;
    private final String label;

    Referential(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
