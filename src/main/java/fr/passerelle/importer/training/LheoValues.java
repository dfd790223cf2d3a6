package fr.passerelle.importer.training;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Money;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.training.FormacodeCode;
import fr.passerelle.domain.training.LheoDate;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.TrainingLevel;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses the values of training files (LHEO elements, CPF fields) and says exactly what is wrong. Every method
 * takes the raw text (null or blank = absent) and throws {@link IllegalArgumentException} with a French message;
 * readers add the file, line and element.
 */
final class LheoValues {
    private static final Pattern PRICE = Pattern.compile("[0-9]+(?:[.,][0-9]+)?");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(?:[.,][0-9]+)?");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,7}");
    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,2}");
    private static final Pattern SMALL = Pattern.compile("[0-9]{1,3}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private LheoValues() {
    }

    /** Trimmed text with runs of blanks and line breaks collapsed to one space (titles, names); null when empty. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String value = BLANKS.matcher(text).replaceAll(" ").trim();
        return value.isEmpty() ? null : value;
    }

    /** Free text as published, but null for the "-" LHEO files put in mandatory texts they have nothing for. */
    static String freeText(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        return value.isEmpty() || value.equals("-") ? null : value;
    }

    /** A number of hours: a whole number, zero or more. */
    static Integer hours(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (NEGATIVE.matcher(value).matches()) {
            throw new IllegalArgumentException("nombre d'heures négatif " + value);
        }
        if (!COUNT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un nombre d'heures (entier positif)");
        }
        return Integer.valueOf(value);
    }

    /** A count (places funded): a whole number, zero or more. */
    static Integer count(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!COUNT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un nombre entier positif");
        }
        return Integer.valueOf(value);
    }

    /**
     * A price in euros written as text: "1428", "1428.00", "1 428,50", "1428 €". Absent = unknown (null), never
     * zero; "0" is a real zero (free for the trainee).
     */
    static Money price(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
        if (value.endsWith("€")) {
            value = value.substring(0, value.length() - 1).trim();
        } else if (value.toUpperCase().endsWith("EUR")) {
            value = value.substring(0, value.length() - 3).trim();
        }
        value = value.replace(" ", "");
        if (value.startsWith("-") && PRICE.matcher(value.substring(1)).matches()) {
            throw new IllegalArgumentException("prix négatif " + text.trim());
        }
        if (!PRICE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' n'est pas un prix en euros (ex. 1428 ou 1428,50)");
        }
        return Money.ofEuros(new BigDecimal(value.replace(',', '.')));
    }

    /** A price in euros given as a JSON number. */
    static Money price(BigDecimal euros) {
        if (euros == null) {
            return null;
        }
        if (euros.signum() < 0) {
            throw new IllegalArgumentException("prix négatif " + euros.toPlainString());
        }
        return Money.ofEuros(euros);
    }

    /** LHEO dict-boolean: 0 or 1. */
    static Boolean flag(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim()) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new IllegalArgumentException("'" + text.trim() + "' n'est pas 0 ou 1");
        };
    }

    static TeachingMode teachingMode(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim()) {
            case "0" -> TeachingMode.FACE_TO_FACE;
            case "1" -> TeachingMode.MIXED;
            case "2" -> TeachingMode.REMOTE;
            default -> throw new IllegalArgumentException("modalité d'enseignement '" + text.trim()
                    + "' inconnue (0 présentiel, 1 mixte, 2 entièrement à distance)");
        };
    }

    static TrainingLevel level(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!LEVEL.matcher(value).matches() || !TrainingLevel.isValid(Integer.parseInt(value))) {
            throw new IllegalArgumentException("niveau '" + value
                    + "' inconnu (0 à 8, ou 11 à 18 pour les niveaux 1 à 8 du cadre national)");
        }
        return new TrainingLevel(Integer.parseInt(value));
    }

    /** A small code from an LHEO dictionary, between {@code min} and {@code max}. */
    static Integer code(String text, int min, int max, String what) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!SMALL.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new IllegalArgumentException(what + " '" + value + "' inconnu (" + min + " à " + max + ")");
        }
        return Integer.valueOf(value);
    }

    static RomeCode rome(String text) {
        String value = text == null ? "" : text.trim();
        if (!RomeCode.isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code ROME (une lettre majuscule et quatre chiffres, ex. D1505)");
        }
        return new RomeCode(value);
    }

    static FormacodeCode formacode(String text) {
        String value = text == null ? "" : text.trim();
        if (!FormacodeCode.isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code Formacode (cinq chiffres, ex. 31795)");
        }
        return new FormacodeCode(value);
    }

    static InseeCode insee(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!InseeCode.isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code commune INSEE (5 caractères, ex. 59350 ou 2A004)");
        }
        return new InseeCode(value);
    }

    static String postalCode(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!POSTAL_CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas un code postal (5 chiffres)");
        }
        return value;
    }

    static String siret(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replace(" ", "").trim();
        if (!SIRET.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' n'est pas un SIRET (14 chiffres)");
        }
        return value;
    }

    /** A coordinate in decimal degrees, "50.63" or "50,63", within ±{@code limit}. */
    static Double degrees(String text, double limit, String what) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' n'est pas une " + what + " en degrés décimaux");
        }
        double degrees = Double.parseDouble(value.replace(',', '.'));
        if (Math.abs(degrees) > limit) {
            throw new IllegalArgumentException(what + " " + value + " hors de -" + (int) limit + " à " + (int) limit);
        }
        return degrees;
    }

    static LheoDate date(String text) {
        return LheoDate.parse(text == null ? "" : text.trim());
    }
}
