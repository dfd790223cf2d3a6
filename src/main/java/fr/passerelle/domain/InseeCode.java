package fr.passerelle.domain;

import java.util.regex.Pattern;

/**
 * An INSEE commune code (code officiel géographique): five characters, two for the département
 * (2A/2B in Corsica, 97x overseas) then three digits. Not a postal code.
 */
public record InseeCode(String value) implements Comparable<InseeCode> {
    private static final Pattern SHAPE = Pattern.compile("(?:[0-9]{2}|2[AB])[0-9]{3}");

    public InseeCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code commune INSEE (5 caractères, ex. 59350)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The département part: 3 characters overseas (971..976), else 2. */
    public String departement() {
        return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public int compareTo(InseeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
