package fr.passerelle.domain.company;

/**
 * A SIRET, the INSEE number of an establishment: the 9 digits of the company's SIREN then 5 digits, 14 in all.
 * Its last digit is a Luhn check digit over the 14 digits, and the SIREN carries its own Luhn check digit.
 * <p>
 * One exception is published by INSEE: La Poste (SIREN {@value #LA_POSTE_SIREN}) has more establishments than
 * the 5-digit Luhn scheme allows, so its SIRETs are valid when the sum of their 14 digits is a multiple of 5
 * (its head office, 35600000000048, happens to pass Luhn as well).
 */
public record Siret(String value) implements Comparable<Siret> {
    public static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** What is wrong with a value that is not a SIRET. */
    public enum Flaw {
        /** Not 14 digits. */
        DIGITS,
        /** The SIREN (first 9 digits) fails its check digit. */
        SIREN_KEY,
        /** A La Poste establishment whose digits do not sum to a multiple of 5. */
        LA_POSTE_SUM,
        /** The 14 digits fail the Luhn check. */
        LUHN
    }

    /** What is wrong with the value, or null when it is a SIRET: the importers say it in the reader's language. */
    public static Flaw flaw(String value) {
        if (value == null || !value.matches("[0-9]{14}")) {
            return Flaw.DIGITS;
        }
        if (!luhn(value.substring(0, 9))) {
            return Flaw.SIREN_KEY;
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            return luhn(value) || digitSum(value) % 5 == 0 ? null : Flaw.LA_POSTE_SUM;
        }
        return luhn(value) ? null : Flaw.LUHN;
    }

    /** Why a value is not a SIRET, in French, or null when it is one. */
    public static String problem(String value) {
        Flaw flaw = flaw(value);
        if (flaw == null) {
            return null;
        }
        return switch (flaw) {
            case DIGITS -> "'" + value + "' n'est pas un SIRET (14 chiffres attendus)";
            case SIREN_KEY -> "SIRET '" + value + "' invalide : la clé de contrôle du SIREN " + value.substring(0, 9) + " est fausse";
            case LA_POSTE_SUM -> "SIRET de La Poste '" + value + "' invalide : la somme de ses chiffres doit être un multiple de 5";
            case LUHN -> "SIRET '" + value + "' invalide : la clé de contrôle (formule de Luhn) est fausse";
        };
    }

    /** The company's SIREN: the first 9 digits. */
    public String siren() {
        return value.substring(0, 9);
    }

    /** True when the digits pass the Luhn check (from the right, every second digit doubled, sum multiple of 10). */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    @Override
    public int compareTo(Siret other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
