package fr.passerelle.domain.company;

import java.util.Optional;

/**
 * INSEE headcount brackets (tranches d'effectif salarié, as in SIRENE): the code files carry, and the range of
 * employees it stands for. {@code max} is null for the open-ended last bracket.
 */
public enum HeadcountBracket {
    B00("00", 0, 0),
    B01("01", 1, 2),
    B02("02", 3, 5),
    B03("03", 6, 9),
    B11("11", 10, 19),
    B12("12", 20, 49),
    B21("21", 50, 99),
    B22("22", 100, 199),
    B31("31", 200, 249),
    B32("32", 250, 499),
    B41("41", 500, 999),
    B42("42", 1000, 1999),
    B51("51", 2000, 4999),
    B52("52", 5000, 9999),
    B53("53", 10000, null);

    private final String code;
    private final int min;
    private final Integer max;

    HeadcountBracket(String code, int min, Integer max) {
        this.code = code;
        this.min = min;
        this.max = max;
    }

    public String code() {
        return code;
    }

    public int min() {
        return min;
    }

    /** The upper bound, or null for "10 000 and more". */
    public Integer max() {
        return max;
    }

    public static Optional<HeadcountBracket> ofCode(String code) {
        for (HeadcountBracket b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    public static boolean isCode(String code) {
        return ofCode(code).isPresent();
    }

    /** "6 à 9 salariés", "10 000 salariés et plus". */
    public String label() {
        if (max == null) {
            return String.format(java.util.Locale.FRANCE, "%,d salariés et plus", min);
        }
        if (min == 0 && max == 0) {
            return "0 salarié";
        }
        return String.format(java.util.Locale.FRANCE, "%,d à %,d salariés", min, max);
    }
}
