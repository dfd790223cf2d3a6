package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.rules.Fact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The pieces of a funding answer as message keys of {@code engine/words/trainings.properties} with typed parameters,
 * so that the command line, the window and the plan say them in French or English with one wording. What comes from
 * the rules file (a scheme's label, a condition's text, a note, a step, a source) is a {@link Param.Label}: data, said
 * as the rules write it.
 */
public final class FundingMessages {
    /** The words of the rules a condition's value can be ({@code funding.value.<word>}). */
    private static final Set<String> WORDS = Set.of("de", "non_inscrit", "salarie", "are", "ass", "rsa", "aucune", "collective",
            "mixed", "individual");

    private FundingMessages() {
    }

    /** A text from the data (a label, a rule's note) as a message of its own. */
    public static Message data(String text) {
        return Message.of("funding.amount", Param.label(text));
    }

    /** An amount alone: {@code 4 600 €} / {@code €4,600}. */
    public static Message money(long cents) {
        return Message.of("funding.amount", Param.money(cents));
    }

    /** Who pays, short: "CPF", "AIF de France Travail", "achat collectif de places", else the scheme's label. */
    public static Message payer(SchemeAnswer s) {
        return switch (s.id()) {
            case "cpf", "aif", "achat_collectif" -> Message.of("funding.payer." + s.id());
            default -> data(s.label());
        };
    }

    /** The status word: "acquis", "possible", "non", "à vérifier". */
    public static Message status(SchemeStatus status) {
        return Message.of("funding.status." + status.key());
    }

    /** A condition with the value used ("Durée de 400 h au plus : 525 h"); a group is said by its text alone. */
    public static Message condition(ConditionCheck c) {
        if (!c.details().isEmpty()) {
            return data(c.text());
        }
        return Message.of("funding.condition", Param.label(c.text()), Param.of(valueWithUnit(c.value(), c.unit())));
    }

    /** The condition with its mark: "✓ …" met, "✗ …" not met, "? …" not known. */
    public static Message marked(ConditionCheck c) {
        String key = c.met() == null ? "funding.condition.missing" : c.met() ? "funding.condition.met" : "funding.condition.notMet";
        return Message.of(key, Param.of(condition(c)));
    }

    /** The value and its unit: "525 h", "32 ans", "non renseigné" (no unit without a value). */
    static Message valueWithUnit(Object v, String unit) {
        // An amount or a number of hours is grouped as every figure a counsellor reads ("3 000 €", "1 200 h"); a value
        // without a unit may be a code (a Formacode, a département) and stays as the rules write it.
        BigInteger whole = ("€".equals(unit) || "h".equals(unit)) ? whole(v) : null;
        Message value = whole != null && whole.bitLength() < 63 ? Message.of("funding.amount", Param.number(whole.longValue())) : value(v);
        if (v == null || unit == null) {
            return value;
        }
        return switch (unit) {
            case "ans" -> Message.of("funding.unit.years", Param.of(value));
            case "€" -> Message.of("funding.unit.euros", Param.of(value));
            case "h" -> Message.of("funding.unit.hours", Param.of(value));
            default -> Message.of("funding.unit.other", Param.of(value), Param.label(unit));
        };
    }

    /** A condition's value: "oui", "non renseigné", "20", "places achetées", "2, 4", "12,5" / "12.5". */
    public static Message value(Object v) {
        if (v == null) {
            return Message.of("funding.value.missing");
        }
        if (v instanceof Boolean b) {
            return Message.of(b ? "funding.value.yes" : "funding.value.no");
        }
        if (v instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return Message.of("funding.value.none");
            }
            List<Message> parts = c.stream().map(FundingMessages::value).toList();
            return list("funding.value.list", parts);
        }
        if (v instanceof BigDecimal d) {
            // Printed as written by the rules (no grouping), with the language's decimal mark.
            String plain = d.toPlainString();
            int dot = plain.indexOf('.');
            return dot < 0 ? Message.of("funding.amount", Param.code(plain))
                    : Message.of("funding.value.decimal", Param.code(plain.substring(0, dot)), Param.code(plain.substring(dot + 1)));
        }
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long) {
            return Message.of("funding.amount", Param.code(v.toString()));
        }
        return WORDS.contains(v.toString()) ? Message.of("funding.value." + v) : data(v.toString());
    }

    /** The value as a whole number, or null when it is not one (12.5, a word, a list). */
    private static BigInteger whole(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigInteger.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.toBigIntegerExact();
        }
        return null;
    }

    /** "a, b, c" (or "a ou b ou c"): the parts chained two by two with the pattern of {@code key} ("{0}, {1}"). */
    public static Message list(String key, List<Message> parts) {
        Message out = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            out = Message.of(key, Param.of(parts.get(i)), Param.of(out));
        }
        return out;
    }

    /**
     * A question of the answer: the fact's question in the reader's language when it is one ({@code funding.question.*}),
     * else the text as it came.
     */
    public static Message question(String q) {
        return Arrays.stream(Fact.values()).filter(f -> f.question().equals(q)).findFirst()
                .map(Fact::questionMessage).orElse(data(q));
    }

    /** The questions, one message each. */
    static List<Message> questions(List<String> questions) {
        List<Message> out = new ArrayList<>();
        questions.forEach(q -> out.add(question(q)));
        return out;
    }
}
