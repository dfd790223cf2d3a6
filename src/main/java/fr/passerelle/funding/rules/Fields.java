package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed, checked access to the fields of one object of a rules document; unknown fields are refused (typos). */
final class Fields {
    private final Node.Obj obj;
    private final String what;

    Fields(Node node, String what, Set<String> allowed) throws RuleSetException {
        if (!(node instanceof Node.Obj o)) {
            throw new RuleSetException(node.line(), what + " : un objet est attendu, pas " + node.kind());
        }
        for (Map.Entry<String, Node> e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new RuleSetException(e.getValue().line(), what + " : champ inconnu « " + e.getKey() + " » (attendus : "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        this.obj = o;
        this.what = what;
    }

    int line() {
        return obj.line();
    }

    boolean has(String name) {
        return obj.fields().containsKey(name);
    }

    Node node(String name) throws RuleSetException {
        Node n = obj.fields().get(name);
        if (n == null) {
            throw new RuleSetException(obj.line(), what + " : champ « " + name + " » manquant");
        }
        return n;
    }

    String text(String name) throws RuleSetException {
        String value = optText(name);
        if (value == null || value.isBlank()) {
            throw new RuleSetException(has(name) ? node(name).line() : obj.line(), what + " : « " + name + " » doit être un texte non vide");
        }
        return value;
    }

    String optText(String name) throws RuleSetException {
        Node n = obj.fields().get(name);
        if (n == null || n instanceof Node.Null) {
            return null;
        }
        if (n instanceof Node.Text t) {
            return t.value().strip();
        }
        if (n instanceof Node.Num num) {
            return num.value().toPlainString();
        }
        throw new RuleSetException(n.line(), what + " : « " + name + " » doit être un texte, pas " + n.kind());
    }

    LocalDate optDate(String name) throws RuleSetException {
        String text = optText(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleSetException(node(name).line(), what + " : « " + name + " » = « " + text
                    + " » n'est pas une date (AAAA-MM-JJ attendu)");
        }
    }

    /** A non-negative decimal, or null when absent or explicitly null. */
    BigDecimal optAmount(String name) throws RuleSetException {
        Node n = obj.fields().get(name);
        if (n == null || n instanceof Node.Null) {
            return null;
        }
        if (!(n instanceof Node.Num num)) {
            throw new RuleSetException(n.line(), what + " : « " + name + " » doit être un nombre, pas " + n.kind());
        }
        if (num.value().signum() < 0) {
            throw new RuleSetException(n.line(), what + " : « " + name + " » ne peut pas être négatif (" + num.value() + ")");
        }
        return num.value();
    }

    BigDecimal amount(String name) throws RuleSetException {
        BigDecimal value = optAmount(name);
        if (value == null) {
            throw new RuleSetException(has(name) ? node(name).line() : obj.line(), what + " : « " + name + " » doit être un nombre");
        }
        return value;
    }

    Integer optInt(String name) throws RuleSetException {
        BigDecimal value = optAmount(name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new RuleSetException(node(name).line(), what + " : « " + name + " » doit être un nombre entier");
        }
    }

    Boolean bool(String name) throws RuleSetException {
        Node n = node(name);
        if (!(n instanceof Node.Bool b)) {
            throw new RuleSetException(n.line(), what + " : « " + name + " » doit valoir true ou false, pas " + n.kind());
        }
        return b.value();
    }

    List<Node> list(String name) throws RuleSetException {
        Node n = node(name);
        if (!(n instanceof Node.Arr a)) {
            throw new RuleSetException(n.line(), what + " : « " + name + " » doit être une liste, pas " + n.kind());
        }
        return a.items();
    }

    List<Node> optList(String name) throws RuleSetException {
        return has(name) ? list(name) : List.of();
    }

    List<String> texts(String name) throws RuleSetException {
        List<String> out = new ArrayList<>();
        for (Node n : optList(name)) {
            if (!(n instanceof Node.Text t) || t.value().isBlank()) {
                throw new RuleSetException(n.line(), what + " : « " + name + " » doit être une liste de textes");
            }
            out.add(t.value().strip());
        }
        return out;
    }

    /** One word out of {@code allowed}. */
    String choice(String name, Set<String> allowed) throws RuleSetException {
        String value = text(name);
        if (!allowed.contains(value)) {
            throw new RuleSetException(node(name).line(), what + " : « " + name + " » = « " + value + " » inconnu (attendus : "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return value;
    }
}
