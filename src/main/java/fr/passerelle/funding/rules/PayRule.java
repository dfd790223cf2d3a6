package fr.passerelle.funding.rules;

import java.util.List;
import java.util.Objects;

/**
 * What she may live on during the training: the first pay rule whose conditions all hold gives the estimate, either
 * "the same as her allocation" (unknown to Passerelle) or the amount of a scale for her age.
 */
public record PayRule(int line, String id, String label, List<Condition> conditions, Amount amount, String scale,
                      String capParameter, String note, String source, String verification) {
    public PayRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        conditions = List.copyOf(conditions);
        if (amount == Amount.SCALE && scale == null) {
            throw new IllegalArgumentException("a scale amount needs a scale");
        }
    }

    public enum Amount {
        ALLOCATION, SCALE
    }
}
