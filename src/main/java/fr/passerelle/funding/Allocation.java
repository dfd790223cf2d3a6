package fr.passerelle.funding;

import java.util.Arrays;
import java.util.Optional;

/** The allowance she receives now: unemployment benefit (ARE), ASS, RSA, or none. */
public enum Allocation {
    ARE("are", "ARE (allocation chômage)"),
    ASS("ass", "ASS (allocation de solidarité spécifique)"),
    RSA("rsa", "RSA"),
    AUCUNE("aucune", "aucune allocation");

    private final String key;
    private final String label;

    Allocation(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Allocation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(t)).findFirst();
    }
}
