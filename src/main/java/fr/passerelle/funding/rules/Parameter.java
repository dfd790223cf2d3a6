package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An amount that changes with time (the CPF participation, a monthly cap), one value per period. */
public record Parameter(int line, String id, String label, String unit, List<Period<BigDecimal>> values) {
    public Parameter {
        values = List.copyOf(values);
    }

    /** The value in force on the date, else the latest earlier one (marked carried over), else empty. */
    public Optional<Dated<BigDecimal>> at(LocalDate date) {
        return Periods.at(values, date);
    }
}
