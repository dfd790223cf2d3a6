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

    /** Euros with any number of decimals, rounded half-up to the cent; refused (in French) beyond what a long holds. */
    public static Money ofEuros(BigDecimal euros) {
        try {
            return new Money(euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("montant démesuré : " + euros.toPlainString() + " € (au plus "
                    + BigDecimal.valueOf(Long.MAX_VALUE, 2).toPlainString() + " €)");
        }
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
