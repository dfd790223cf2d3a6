package fr.passerelle.cli;

import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.funding.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the typed values of {@code funding}: every refusal is a French message naming the option, and the command
 * exits 2. Options are read as text so that picocli's English conversion errors never reach the counsellor.
 */
final class FundingInputs {
    /** 100 million euros: far above any training price, far below an overflow of cents in a long. */
    private static final BigDecimal MAX_EUROS = new BigDecimal("100000000");

    private FundingInputs() {
    }

    static LocalDate date(String option, String text) throws InvalidRequestException {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(option + " : « " + text + " » n'est pas une date (AAAA-MM-JJ, ex. 2027-01-11)");
        }
    }

    static BigDecimal euros(String option, String text) throws InvalidRequestException {
        if (text == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00A0", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(option + " : « " + text + " » n'est pas un montant en euros (ex. 990 ou 102,50)");
        }
        if (value.signum() < 0) {
            throw new InvalidRequestException(option + " : un montant négatif (" + text + " €) n'est pas possible");
        }
        if (value.compareTo(MAX_EUROS) > 0) {
            throw new InvalidRequestException(option + " : " + text + " € dépasse 100 millions d'euros");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException(option + " : " + text + " € a plus de deux décimales");
        }
        return value;
    }

    static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    static Integer hours(String text) throws InvalidRequestException {
        if (text == null) {
            return null;
        }
        try {
            int hours = Integer.parseInt(text.strip());
            if (hours < 1 || hours > 10_000) {
                throw new InvalidRequestException("--hours : " + hours + " h n'est pas possible (de 1 à 10 000 h)");
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("--hours : « " + text + " » n'est pas un nombre d'heures entier");
        }
    }

    static Integer age(String text) throws InvalidRequestException {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("--age : « " + text + " » n'est pas un âge en années");
        }
    }

    /** "2,4,10" → [2, 4, 10], each a funder code of the rules' LHEO table. */
    static List<Integer> funders(String text, RuleSet rules) throws InvalidRequestException {
        List<Integer> codes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int code = Integer.parseInt(p);
                if (rules.funder(code).isEmpty()) {
                    throw new InvalidRequestException("--funders : code financeur " + code + " inconnu (codes LHEO : "
                            + String.join(", ", rules.funders().stream().map(f -> f.code() + " " + f.label()).toList()) + ")");
                }
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("--funders : « " + p + " » n'est pas un code financeur (ex. --funders 2,4,10)");
            }
        }
        return codes;
    }
}
