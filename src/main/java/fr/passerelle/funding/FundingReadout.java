package fr.passerelle.funding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An answer as French sentences a counsellor can read aloud: a short form for the path (who pays, what is left, what
 * she lives on) and a detailed form with every scheme, its conditions and sources. Used by the command line, and
 * meant for the window and the printed plan.
 */
public final class FundingReadout {
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("de", "demandeuse d'emploi inscrite"),
            Map.entry("non_inscrit", "non inscrite"), Map.entry("salarie", "salariée"), Map.entry("are", "ARE"),
            Map.entry("ass", "ASS"), Map.entry("rsa", "RSA"), Map.entry("aucune", "aucune"),
            Map.entry("collective", "places achetées"), Map.entry("mixed", "places achetées et inscriptions payantes"),
            Map.entry("individual", "inscriptions individuelles"));

    private FundingReadout() {
    }

    /** Who pays what, the two remainders and her pay, in three to five lines. */
    public static List<String> summary(FundingAnswer a) {
        List<String> out = new ArrayList<>();
        if (a.priceCents() == null && a.coveredInFull()) {
            // A place bought for her: nothing to pay whatever the price, so the remainder is a certain 0 €, not unknown.
            out.add("Qui paie : " + FundingWords.covering(a).map(FundingWords::payer).orElse("un financeur public")
                    + ", quel que soit le prix (non publié).");
            out.add("Reste à payer : 0 € à coup sûr.");
        } else if (a.priceCents() == null) {
            out.add("Prix inconnu : impossible de dire ce qui resterait à payer ; demander un devis à l'organisme.");
        } else {
            List<String> payers = new ArrayList<>();
            for (SchemeAnswer s : a.payers()) {
                payers.add(FundingWords.payer(s) + " " + (s.status() == SchemeStatus.CERTAIN ? FrenchFormat.euros(s.amountCents())
                        : "jusqu'à " + FrenchFormat.euros(s.amountCents()) + " si accordé"));
            }
            out.add("Qui paie : " + (payers.isEmpty() ? "personne d'autre qu'elle selon les règles" : String.join(" ; ", payers)) + ".");
            out.add(remainders(a));
        }
        out.add(pay(a.pay()));
        if (!a.questions().isEmpty()) {
            out.add("À demander : " + String.join(" ", a.questions()));
        }
        return out;
    }

    /** For one training of a path: who pays, what is left (certain, possible), what she lives on; two or three lines. */
    public static List<String> pathLines(FundingAnswer a) {
        List<String> out = new ArrayList<>();
        for (String line : summary(a)) {
            // The path's training line already says the certain remainder; repeat it only with a different best case.
            boolean sameRemainders = java.util.Objects.equals(FundingWords.certainToPay(a), FundingWords.possibleToPay(a));
            if (line.startsWith("À demander") || line.startsWith("Reste à payer") && sameRemainders) {
                continue;
            }
            out.add(line.startsWith("Pendant la formation") ? pay(a.pay(), false) : line);
        }
        return out;
    }

    /** Every scheme with its status, amount, conditions and source, then the remainders, pay, questions, notes. */
    public static List<String> detail(FundingAnswer a) {
        List<String> out = new ArrayList<>();
        out.add("Au " + FrenchFormat.date(a.on()) + ", règles de financement " + a.rulesVersion() + ", prix "
                + FrenchFormat.euros(a.priceCents(), "inconnu") + " :");
        for (SchemeAnswer s : a.schemes()) {
            String amount = s.amountCents() == null ? "" : s.status() == SchemeStatus.POSSIBLE
                    ? " — jusqu'à " + FrenchFormat.euros(s.amountCents()) : s.status() == SchemeStatus.CERTAIN
                    ? " — " + FrenchFormat.euros(s.amountCents()) : "";
            out.add("");
            out.add("• " + s.label() + " : " + s.status().label() + amount);
            for (ConditionCheck c : s.conditions()) {
                condition(c, "    ", out);
            }
            if (s.note() != null && s.status() != SchemeStatus.NOT_ELIGIBLE) {
                out.add("    " + s.note());
            }
            if (!s.steps().isEmpty() && (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE)) {
                out.add("    Démarches : " + String.join(" ", s.steps()));
            }
            out.add("    Source : " + s.source() + validity(s));
        }
        out.add("");
        if (a.priceCents() != null) {
            out.add(remainders(a));
        } else {
            List<String> said = summary(a);
            out.add(said.get(0));
            if (a.coveredInFull()) {
                out.add(said.get(1));
            }
        }
        out.add(pay(a.pay()));
        if (a.pay().source() != null) {
            out.add("    Source : " + a.pay().source());
        }
        if (!a.questions().isEmpty()) {
            out.add("Questions à poser :");
            a.questions().forEach(q -> out.add("  - " + q));
        }
        a.notes().forEach(n -> out.add("Attention : " + n));
        return out;
    }

    private static String remainders(FundingAnswer a) {
        String text = "Reste à payer : " + FrenchFormat.euros(a.certainRemainingCents()) + " à coup sûr";
        if (!a.possibleRemainingCents().equals(a.certainRemainingCents())) {
            text += ", " + FrenchFormat.euros(a.possibleRemainingCents()) + " si les aides possibles sont accordées";
        }
        if (a.participationCents() > 0) {
            text += " (dont " + FrenchFormat.euros(a.participationCents()) + " de participation forfaitaire au CPF)";
        }
        return text + ".";
    }

    private static String pay(PayEstimate p) {
        return pay(p, true);
    }

    /** "Pendant la formation : RFFT, environ 528 € par mois (montant au 1er avril 2024)", with the rule's note or not. */
    public static String pay(PayEstimate p, boolean withNote) {
        if (p.scheme() == null) {
            return "Pendant la formation : " + p.note();
        }
        String amount = p.monthlyCents() == null ? "" : ", environ " + FrenchFormat.euros(p.monthlyCents()) + " par mois"
                + (p.asOf() == null ? "" : " (montant au " + FrenchFormat.date(p.asOf()) + ")");
        boolean note = withNote && p.note() != null && !p.note().isBlank();
        return "Pendant la formation : " + p.label() + amount + (note ? ". " + p.note() : p.monthlyCents() == null ? " (le même montant que son allocation)." : ".");
    }

    private static void condition(ConditionCheck c, String indent, List<String> out) {
        String mark = c.met() == null ? "?" : c.met() ? "✓" : "✗";
        String value = c.details().isEmpty() ? " : " + value(c.value()) + (c.value() == null || c.unit() == null ? "" : " " + c.unit()) : "";
        out.add(indent + mark + " " + c.text() + value);
        if (c.met() == null || !c.details().isEmpty() && !Boolean.TRUE.equals(c.met())) {
            for (ConditionCheck d : c.details()) {
                condition(d, indent + "  ", out);
            }
        }
    }

    /** A condition's value in French: "oui", "non renseigné", "20", "places achetées", "2, 4". */
    public static String value(Object v) {
        if (v == null) {
            return "non renseigné";
        }
        if (v instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "aucun" : String.join(", ", c.stream().map(FundingReadout::value).toList());
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        return WORDS.getOrDefault(v.toString(), v.toString());
    }

    private static String validity(SchemeAnswer s) {
        if (s.validFrom() == null && s.validTo() == null) {
            return "";
        }
        return " (en vigueur" + (s.validFrom() == null ? "" : " depuis le " + FrenchFormat.date(s.validFrom()))
                + (s.validTo() == null ? "" : " jusqu'au " + FrenchFormat.date(s.validTo())) + ")";
    }
}
