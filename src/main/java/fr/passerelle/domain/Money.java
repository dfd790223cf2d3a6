package fr.passerelle.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in euro cents, never negative. Unknown amounts are {@code null} where a Money is expected,
 * never zero: zero means "free".
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public Money {
        if (cents < 0) {
            throw new IllegalArgumentException("montant négatif : " + cents + " centimes");
        }
    }

    /** Euros with any number of decimals, rounded half-up to the cent. */
    public static Money ofEuros(BigDecimal euros) {
        return new Money(euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return euros().toPlainString() + " €";
    }
}
