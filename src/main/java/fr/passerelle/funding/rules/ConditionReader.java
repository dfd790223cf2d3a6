package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads one condition (a test on a fact, or an {@code any}/{@code all} group) and checks it against the vocabulary. */
final class ConditionReader {
    private static final Set<String> FIELDS = Set.of("text", "fact", "in", "notIn", "min", "max", "is", "any", "all");

    private final Set<String> sessionKinds;
    private final Set<Integer> funderCodes;

    ConditionReader(Set<String> sessionKinds, Set<Integer> funderCodes) {
        this.sessionKinds = sessionKinds;
        this.funderCodes = funderCodes;
    }

    List<Condition> list(List<Node> nodes, String what) throws RuleSetException {
        List<Condition> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(read(n, what));
        }
        return out;
    }

    Condition read(Node node, String what) throws RuleSetException {
        Fields f = new Fields(node, what + ", condition", FIELDS);
        if (f.has("any") || f.has("all")) {
            if (f.has("fact") || (f.has("any") && f.has("all"))) {
                throw new RuleSetException(f.line(), what + " : une condition est soit un test (fact), soit un groupe any ou all");
            }
            String group = f.has("any") ? "any" : "all";
            List<Node> items = f.list(group);
            if (items.isEmpty()) {
                throw new RuleSetException(f.line(), what + " : groupe « " + group + " » vide");
            }
            List<Condition> conditions = list(items, what);
            String text = f.optText("text");
            return group.equals("any")
                    ? new Condition.Any(f.line(), text == null ? "l'une de ces conditions" : text, conditions)
                    : new Condition.All(f.line(), text == null ? "toutes ces conditions" : text, conditions);
        }
        String text = f.text("text");
        String key = f.text("fact");
        Fact fact = Fact.byKey(key).orElseThrow(() -> new RuleSetException(f.line(), what + " : fait « " + key
                + " » inconnu (attendus : " + String.join(", ", java.util.Arrays.stream(Fact.values()).map(Fact::key).toList()) + ")"));
        List<String> ops = new ArrayList<>();
        for (String op : List.of("in", "notIn", "min", "max", "is")) {
            if (f.has(op)) {
                ops.add(op);
            }
        }
        if (ops.size() != 1) {
            throw new RuleSetException(f.line(), what + " : « " + text + " » : un seul test parmi in, notIn, min, max, is");
        }
        String op = ops.get(0);
        return switch (op) {
            case "in", "notIn" -> words(f, op, fact, text, what);
            case "min", "max" -> {
                if (fact.type() != Fact.Type.NUMBER) {
                    throw new RuleSetException(f.line(), what + " : « " + op + " » ne s'applique pas à " + fact.key());
                }
                BigDecimal bound = f.amount(op);
                yield new Condition.Test(f.line(), text, fact, op.equals("min") ? Condition.Op.MIN : Condition.Op.MAX,
                        Set.of(), bound, null);
            }
            default -> {
                if (fact.type() != Fact.Type.BOOL) {
                    throw new RuleSetException(f.line(), what + " : « is » ne s'applique pas à " + fact.key());
                }
                yield new Condition.Test(f.line(), text, fact, Condition.Op.IS, Set.of(), null, f.bool("is"));
            }
        };
    }

    private Condition words(Fields f, String op, Fact fact, String text, String what) throws RuleSetException {
        if (fact.type() == Fact.Type.NUMBER || fact.type() == Fact.Type.BOOL) {
            throw new RuleSetException(f.line(), what + " : « " + op + " » ne s'applique pas à " + fact.key());
        }
        Set<String> values = new LinkedHashSet<>();
        for (Node n : f.list(op)) {
            String value;
            if (n instanceof Node.Text t) {
                value = t.value().strip();
            } else if (n instanceof Node.Num num) {
                value = num.value().toPlainString();
            } else {
                throw new RuleSetException(n.line(), what + " : les valeurs de « " + op + " » sont des mots ou des codes");
            }
            check(fact, value, n.line(), what);
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new RuleSetException(f.line(), what + " : « " + op + " » sans valeur");
        }
        return new Condition.Test(f.line(), text, fact, op.equals("in") ? Condition.Op.IN : Condition.Op.NOT_IN, values, null, null);
    }

    private void check(Fact fact, String value, int line, String what) throws RuleSetException {
        Set<String> allowed = fact == Fact.SESSION_KINDS ? sessionKinds : fact.words();
        if (fact.type() == Fact.Type.NUMBERS) {
            try {
                if (!funderCodes.contains(Integer.parseInt(value))) {
                    throw new RuleSetException(line, what + " : code financeur " + value + " absent de la table « funders »");
                }
            } catch (NumberFormatException e) {
                throw new RuleSetException(line, what + " : « " + value + " » n'est pas un code financeur");
            }
        } else if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new RuleSetException(line, what + " : « " + value + " » n'est pas une valeur de " + fact.key() + " (attendues : "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
    }
}
