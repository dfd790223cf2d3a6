package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a rules document with the line it starts on, so that every refusal can say {@code file:line}. Jackson's
 * tree model forgets locations; this small tree keeps them. Scalars keep their text and, for numbers, their exact
 * decimal value (amounts are never read through a double).
 */
sealed interface Node {
    int line();

    /** What the value is, in French, for messages ("un nombre", "une liste"...). */
    String kind();

    record Obj(int line, Map<String, Node> fields) implements Node {
        public Obj {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String kind() {
            return "un objet";
        }
    }

    record Arr(int line, List<Node> items) implements Node {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "une liste";
        }
    }

    /** A text scalar (YAML leaves dates and versions as text). */
    record Text(int line, String value) implements Node {
        @Override
        public String kind() {
            return "un texte";
        }
    }

    record Num(int line, BigDecimal value) implements Node {
        @Override
        public String kind() {
            return "un nombre";
        }
    }

    record Bool(int line, boolean value) implements Node {
        @Override
        public String kind() {
            return "un booléen";
        }
    }

    /** An explicit null ({@code null} or {@code ~}): "not published", "unknown". */
    record Null(int line) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }
}
