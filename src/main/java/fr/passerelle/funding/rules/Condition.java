package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A condition of a rule: a test on one fact, or a group of conditions of which any or all must hold. Evaluated with
 * three values (met, not met, unknown): a missing answer is never taken as yes.
 */
public sealed interface Condition {
    /** What is checked, in French, as the counsellor reads it. */
    String text();

    int line();

    /** A test on one fact: {@code in}/{@code notIn} a set of words or codes, {@code min}/{@code max}, or {@code is}. */
    record Test(int line, String text, Fact fact, Op op, Set<String> words, BigDecimal bound, Boolean expected)
            implements Condition {
        public Test {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(op, "op");
            words = words == null ? Set.of() : Set.copyOf(words);
        }
    }

    /** Met when any item is met; not met when all are not met; unknown otherwise. */
    record Any(int line, String text, List<Condition> items) implements Condition {
        public Any {
            items = List.copyOf(items);
        }
    }

    /** Met when all items are met; not met when any is not met; unknown otherwise. */
    record All(int line, String text, List<Condition> items) implements Condition {
        public All {
            items = List.copyOf(items);
        }
    }

    /** The comparison of a {@link Test}. */
    enum Op {
        IN, NOT_IN, MIN, MAX, IS
    }
}
