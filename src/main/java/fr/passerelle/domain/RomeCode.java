package fr.passerelle.domain;

import java.util.regex.Pattern;

/** A ROME occupation code ("fiche"): one capital letter and four digits, e.g. D1505. Same shape in ROME 3 and 4. */
public record RomeCode(String value) implements Comparable<RomeCode> {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{4}");

    public RomeCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code ROME (une lettre et quatre chiffres, ex. D1505)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(RomeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
