package fr.passerelle.domain.training;

import java.util.regex.Pattern;

/** A Formacode descriptor code (Centre Inffo thesaurus): five digits, e.g. 31795 "sécurité manutention". */
public record FormacodeCode(String value) implements Comparable<FormacodeCode> {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{5}");

    public FormacodeCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code Formacode (cinq chiffres, ex. 31795)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(FormacodeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
