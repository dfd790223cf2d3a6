package fr.passerelle.funding;

import fr.passerelle.funding.rules.Condition;
import fr.passerelle.funding.rules.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Three-valued evaluation of rule conditions: met, not met, or unknown when an answer is missing. A missing answer is
 * never taken as yes (nor as no): it makes the condition unknown, and its question is asked.
 */
final class ConditionEvaluator {
    private final FactValues values;

    ConditionEvaluator(FactValues values) {
        this.values = values;
    }

    ConditionCheck check(Condition condition) {
        if (condition instanceof Condition.Test t) {
            Object value = values.value(t.fact());
            return new ConditionCheck(t.text(), FactValues.shown(value), value == null ? null : test(t, value), List.of(),
                    FactValues.unit(t.fact()));
        }
        boolean any = condition instanceof Condition.Any;
        List<Condition> items = any ? ((Condition.Any) condition).items() : ((Condition.All) condition).items();
        List<ConditionCheck> details = new ArrayList<>();
        boolean sawUnknown = false;
        boolean decided = false;
        for (Condition item : items) {
            ConditionCheck c = check(item);
            details.add(c);
            if (c.met() == null) {
                sawUnknown = true;
            } else if (c.met() == any) {
                decided = true; // any: one met is enough; all: one not met is enough
            }
        }
        Boolean met;
        if (decided) {
            met = any;
        } else if (sawUnknown) {
            met = null;
        } else {
            met = !any;
        }
        return new ConditionCheck(condition.text(), null, met, details);
    }

    /** The facts whose missing values leave a check unknown, in order. */
    static void unknownFacts(Condition condition, ConditionCheck check, Collection<Fact> out) {
        if (check.met() != null) {
            return;
        }
        if (condition instanceof Condition.Test t) {
            out.add(t.fact());
            return;
        }
        List<Condition> items = condition instanceof Condition.Any a ? a.items() : ((Condition.All) condition).items();
        for (int i = 0; i < items.size(); i++) {
            unknownFacts(items.get(i), check.details().get(i), out);
        }
    }

    private static boolean test(Condition.Test t, Object value) {
        return switch (t.op()) {
            case IN -> anyIn(value, t.words());
            case NOT_IN -> !anyIn(value, t.words());
            case MIN -> ((BigDecimal) value).compareTo(t.bound()) >= 0;
            case MAX -> ((BigDecimal) value).compareTo(t.bound()) <= 0;
            case IS -> value.equals(t.expected());
        };
    }

    private static boolean anyIn(Object value, Set<String> words) {
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(v -> words.contains(String.valueOf(v)));
        }
        return words.contains(String.valueOf(value));
    }
}
