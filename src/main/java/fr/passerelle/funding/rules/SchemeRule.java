package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a funding scheme: its conditions, what it covers, when it is in force and where it comes from. A scheme
 * whose rule changed at a date has several entries with the same id and periods that do not overlap.
 *
 * @param decidedWhen  when this holds (or is unknown), an otherwise automatic scheme is only possible
 * @param ceilingEuros null when no ceiling is published or verified: the amount is then left to the funder
 * @param participation the flat amount the holder pays at each purchase (CPF), or null
 */
public record SchemeRule(int line, String id, String label, Decision decision, Condition decidedWhen,
                         List<Condition> conditions, Coverage covers, BigDecimal ceilingEuros, Participation participation,
                         LocalDate validFrom, LocalDate validTo, String note, List<String> steps, String source,
                         String verification) {
    public SchemeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(covers, "covers");
        Objects.requireNonNull(source, "source");
        conditions = List.copyOf(conditions);
        steps = List.copyOf(steps);
    }

    public boolean inForce(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Who decides: nobody (the scheme is due as soon as its conditions hold), or a funder / an employer. */
    public enum Decision {
        AUTOMATIC, DECIDED
    }

    /** What the scheme pays: what is left of the price (up to a ceiling), or the CPF balance. */
    public enum Coverage {
        REST, CPF
    }

    /** The holder's flat participation: its parameter, and when she is exempt. */
    public record Participation(String parameter, Condition exemptWhen) {
        public Participation {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(exemptWhen, "exemptWhen");
        }
    }
}
