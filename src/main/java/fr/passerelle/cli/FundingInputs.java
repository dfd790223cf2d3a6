package fr.passerelle.cli;

import fr.passerelle.funding.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the typed values of {@code funding}: every refusal names the option, in the run's language ({@code funding.*}
 * keys of CliMessages*.properties), and the command exits 2. Options are read as text so that picocli's own conversion
 * errors never reach the counsellor.
 */
final class FundingInputs {
    /** 100 million euros: far above any training price, far below an overflow of cents in a long. */
    private static final BigDecimal MAX_EUROS = new BigDecimal("100000000");

    private FundingInputs() {
    }

    static LocalDate date(String option, String text) throws OptionRefusal {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new OptionRefusal("funding.date", option, text);
        }
    }

    /** {@code option}: the option's name, or a {@link OptionRefusal.Said} word when the amount came from a file. */
    static BigDecimal euros(Object option, String text) throws OptionRefusal {
        if (text == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00A0", ""));
        } catch (NumberFormatException e) {
            throw new OptionRefusal("funding.euros.notAmount", option, text);
        }
        if (value.signum() < 0) {
            throw new OptionRefusal("funding.euros.negative", option, text);
        }
        if (value.compareTo(MAX_EUROS) > 0) {
            throw new OptionRefusal("funding.euros.huge", option, text);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new OptionRefusal("funding.euros.decimals", option, text);
        }
        return value;
    }

    static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    static Integer hours(String text) throws OptionRefusal {
        if (text == null) {
            return null;
        }
        try {
            int hours = Integer.parseInt(text.strip());
            if (hours < 1 || hours > 10_000) {
                throw new OptionRefusal("funding.hours.range", Integer.toString(hours));
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new OptionRefusal("funding.hours.notNumber", text);
        }
    }

    static Integer age(String text) throws OptionRefusal {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new OptionRefusal("funding.age", text);
        }
    }

    /** "2,4,10" → [2, 4, 10], each a funder code of the rules' LHEO table. */
    static List<Integer> funders(String text, RuleSet rules) throws OptionRefusal {
        List<Integer> codes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int code = Integer.parseInt(p);
                if (rules.funder(code).isEmpty()) {
                    // The funders' labels are the rules' own words (French): said as written in both languages.
                    throw new OptionRefusal("funding.funders.unknown", Integer.toString(code),
                            String.join(", ", rules.funders().stream().map(f -> f.code() + " " + f.label()).toList()));
                }
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            } catch (NumberFormatException e) {
                throw new OptionRefusal("funding.funders.notCode", p);
            }
        }
        return codes;
    }
}
