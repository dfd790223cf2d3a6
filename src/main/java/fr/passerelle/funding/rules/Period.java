package fr.passerelle.funding.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A value in force from {@code from} to {@code to} (both inclusive; null = open). {@code source} says which text set it.
 */
public record Period<T>(int line, LocalDate from, LocalDate to, T value, String source) {
    public Period {
        Objects.requireNonNull(value, "value");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("période terminée avant son début");
        }
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True when the two periods share at least one day. */
    boolean overlaps(Period<?> other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean endsAfterOtherStarts = to == null || other.from == null || !to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
