package fr.passerelle.importer.training;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Money;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.training.FormacodeCode;
import fr.passerelle.domain.training.LheoDate;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.TrainingLevel;
import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportWords;
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
            throw ImportWords.invalid("import.lheo.hoursNegative", value);
        }
        if (!COUNT.matcher(value).matches()) {
            throw ImportWords.invalid("import.lheo.hours", value);
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
            throw ImportWords.invalid("import.lheo.count", value);
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
            throw ImportWords.invalid("import.lheo.priceNegative", text.trim());
        }
        if (!PRICE.matcher(value).matches()) {
            throw ImportWords.invalid("import.lheo.price", text.trim());
        }
        return Money.ofEuros(new BigDecimal(value.replace(',', '.')));
    }

    /** A price in euros given as a JSON number. */
    static Money price(BigDecimal euros) {
        if (euros == null) {
            return null;
        }
        if (euros.signum() < 0) {
            throw ImportWords.invalid("import.lheo.priceNegative", euros.toPlainString());
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
            default -> throw ImportWords.invalid("import.lheo.flag", text.trim());
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
            default -> throw ImportWords.invalid("import.lheo.teachingMode", text.trim());
        };
    }

    static TrainingLevel level(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!LEVEL.matcher(value).matches() || !TrainingLevel.isValid(Integer.parseInt(value))) {
            throw ImportWords.invalid("import.lheo.level", value);
        }
        return new TrainingLevel(Integer.parseInt(value));
    }

    /** A small code from an LHEO dictionary, between {@code min} and {@code max}. */
    static Integer code(String text, int min, int max, Message what) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!SMALL.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw ImportWords.invalid("import.lheo.code", what, value, min, max);
        }
        return Integer.valueOf(value);
    }

    static RomeCode rome(String text) {
        String value = text == null ? "" : text.trim();
        if (!RomeCode.isValid(value)) {
            throw ImportWords.invalid("import.value.rome", value);
        }
        return new RomeCode(value);
    }

    static FormacodeCode formacode(String text) {
        String value = text == null ? "" : text.trim();
        if (!FormacodeCode.isValid(value)) {
            throw ImportWords.invalid("import.value.formacode", value);
        }
        return new FormacodeCode(value);
    }

    static InseeCode insee(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!InseeCode.isValid(value)) {
            throw ImportWords.invalid("import.value.insee", value);
        }
        return new InseeCode(value);
    }

    static String postalCode(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (!POSTAL_CODE.matcher(value).matches()) {
            throw ImportWords.invalid("import.value.notA", value, ImportWords.say("import.expected.postcode"));
        }
        return value;
    }

    static String siret(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replace(" ", "").trim();
        if (!SIRET.matcher(value).matches()) {
            throw ImportWords.invalid("import.lheo.siret", text.trim());
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
            throw ImportWords.invalid("import.lheo.degrees", value, what);
        }
        double degrees = Double.parseDouble(value.replace(',', '.'));
        if (Math.abs(degrees) > limit) {
            throw ImportWords.invalid("import.value.range", what, value, (int) limit);
        }
        return degrees;
    }

    static LheoDate date(String text) {
        return LheoDate.parse(text == null ? "" : text.trim());
    }
}
