package fr.passerelle.funding.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the period in force on a date. */
final class Periods {
    private Periods() {
    }

    static <T> Optional<Dated<T>> at(List<Period<T>> periods, LocalDate date) {
        for (Period<T> p : periods) {
            if (p.covers(date)) {
                return Optional.of(new Dated<>(p.value(), p, false));
            }
        }
        return periods.stream().filter(p -> p.to() != null && p.to().isBefore(date))
                .max(Comparator.comparing(Period::to))
                .map(p -> new Dated<>(p.value(), p, true));
    }
}
