package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A monthly amount by age (a trainee pay scale), one set of brackets per period. */
public record Scale(int line, String id, String label, List<Period<List<Bracket>>> values) {
    public Scale {
        values = List.copyOf(values);
    }

    public Optional<Dated<List<Bracket>>> at(LocalDate date) {
        return Periods.at(values, date);
    }

    /** Ages {@code minAge}..{@code maxAge} (inclusive, null = open) get {@code euros} a month. */
    public record Bracket(Integer minAge, Integer maxAge, BigDecimal euros) {
        public boolean contains(int age) {
            return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
        }
    }
}
