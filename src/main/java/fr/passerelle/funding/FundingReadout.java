package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An answer as sentences a counsellor can read aloud: a short form for the path (who pays, what is left, what she
 * lives on) and a detailed form with every scheme, its conditions and sources. French by default; each method has an
 * overload taking the {@link MessageRenderer} of the reader's language (the wording is in
 * engine/words/trainings*.properties, built by {@link FundingMessages}). Used by the command line, the window and the
 * printed plan.
 */
public final class FundingReadout {
    private static final String INDENT = "    ";

    private FundingReadout() {
    }

    /** Who pays what, the two remainders and her pay, in three to five lines (French). */
    public static List<String> summary(FundingAnswer a) {
        return summary(a, MessageRenderer.french());
    }

    public static List<String> summary(FundingAnswer a, MessageRenderer in) {
        return summaryMessages(a).stream().map(in::render).toList();
    }

    /** The summary's lines as messages: who pays, what is left, her pay, what to ask. */
    public static List<Message> summaryMessages(FundingAnswer a) {
        List<Message> out = new ArrayList<>();
        if (a.priceCents() == null && a.coveredInFull()) {
            // A place bought for her: nothing to pay whatever the price, so the remainder is a certain 0 €, not unknown.
            out.add(Message.of("funding.who.bought", Param.of(FundingWords.covering(a).map(FundingMessages::payer)
                    .orElse(Message.of("funding.who.public")))));
            out.add(Message.of("funding.left", Param.money(0), Param.of(Message.NONE), Param.of(Message.NONE)));
        } else if (a.priceCents() == null) {
            out.add(Message.of("funding.price.unknown"));
        } else {
            List<Message> payers = new ArrayList<>();
            for (SchemeAnswer s : a.payers()) {
                payers.add(Message.of(s.status() == SchemeStatus.CERTAIN ? "funding.payer.amount" : "funding.payer.upTo",
                        Param.of(FundingMessages.payer(s)), Param.money(s.amountCents())));
            }
            out.add(Message.of("funding.who", payers.isEmpty() ? Param.of(Message.of("funding.who.nobody")) : Param.joined(payers)));
            out.add(remaindersMessage(a));
        }
        out.add(payMessage(a.pay(), true));
        if (!a.questions().isEmpty()) {
            out.add(Message.of("funding.ask", Param.of(FundingMessages.list("funding.sentences", FundingMessages.questions(a.questions())))));
        }
        return out;
    }

    /** For one training of a path: who pays, what is left (certain, possible), what she lives on; two or three lines. */
    public static List<String> pathLines(FundingAnswer a) {
        return pathLines(a, MessageRenderer.french());
    }

    public static List<String> pathLines(FundingAnswer a, MessageRenderer in) {
        return pathMessages(a).stream().map(in::render).toList();
    }

    public static List<Message> pathMessages(FundingAnswer a) {
        List<Message> out = new ArrayList<>();
        // The path's training line already says the certain remainder; repeat it only with a different best case.
        boolean sameRemainders = Objects.equals(FundingWords.certainToPay(a), FundingWords.possibleToPay(a));
        for (Message line : summaryMessages(a)) {
            if (line.key().equals("funding.ask") || line.key().equals("funding.left") && sameRemainders) {
                continue;
            }
            out.add(line.key().startsWith("funding.pay") ? payMessage(a.pay(), false) : line);
        }
        return out;
    }

    /** Every scheme with its status, amount, conditions and source, then the remainders, pay, questions, notes (French). */
    public static List<String> detail(FundingAnswer a) {
        return detail(a, MessageRenderer.french());
    }

    /** The detail in the renderer's language; what the rules file writes (labels, conditions, sources) stays as written. */
    public static List<String> detail(FundingAnswer a, MessageRenderer in) {
        List<String> out = new ArrayList<>();
        out.add(in.render(Message.of("funding.detail.head", Param.date(a.on()), Param.label(a.rulesVersion()),
                Param.of(a.priceCents() == null ? Message.of("funding.detail.price.unknown") : FundingMessages.money(a.priceCents())))));
        for (SchemeAnswer s : a.schemes()) {
            Message amount = s.amountCents() == null ? Message.NONE : s.status() == SchemeStatus.POSSIBLE
                    ? Message.of("funding.detail.scheme.upTo", Param.money(s.amountCents())) : s.status() == SchemeStatus.CERTAIN
                    ? Message.of("funding.detail.scheme.amount", Param.money(s.amountCents())) : Message.NONE;
            out.add("");
            out.add(in.render(Message.of("funding.detail.scheme", Param.label(s.label()), Param.of(FundingMessages.status(s.status())),
                    Param.of(amount))));
            for (ConditionCheck c : s.conditions()) {
                condition(c, INDENT, out, in);
            }
            if (s.note() != null && s.status() != SchemeStatus.NOT_ELIGIBLE) {
                out.add(INDENT + s.note());
            }
            if (!s.steps().isEmpty() && (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE)) {
                out.add(INDENT + in.render(Message.of("funding.detail.steps", Param.label(String.join(" ", s.steps())))));
            }
            out.add(INDENT + in.render(Message.of("funding.detail.source", Param.label(s.source()), Param.of(validity(s)))));
        }
        out.add("");
        if (a.priceCents() != null) {
            out.add(in.render(remaindersMessage(a)));
        } else {
            List<Message> said = summaryMessages(a);
            out.add(in.render(said.get(0)));
            if (a.coveredInFull()) {
                out.add(in.render(said.get(1)));
            }
        }
        out.add(in.render(payMessage(a.pay(), true)));
        if (a.pay().source() != null) {
            out.add(INDENT + in.render(Message.of("funding.detail.source", Param.label(a.pay().source()), Param.of(Message.NONE))));
        }
        if (!a.questions().isEmpty()) {
            out.add(in.render(Message.of("funding.detail.questions")));
            FundingMessages.questions(a.questions()).forEach(q -> out.add("  - " + in.render(q)));
        }
        a.noteMessages().forEach(n -> out.add(in.render(Message.of("funding.detail.note", Param.of(n)))));
        return out;
    }

    /** "Reste à payer : 490 € à coup sûr, 0 € si les aides possibles sont accordées (dont 103,20 € de participation …)." */
    public static Message remaindersMessage(FundingAnswer a) {
        Message possible = Objects.equals(a.possibleRemainingCents(), a.certainRemainingCents()) ? Message.NONE
                : Message.of("funding.left.possible", Param.of(amountOrUnknown(a.possibleRemainingCents())));
        Message participation = a.participationCents() != null && a.participationCents() > 0
                ? Message.of("funding.left.participation", Param.money(a.participationCents())) : Message.NONE;
        return Message.of("funding.left", Param.of(amountOrUnknown(a.certainRemainingCents())), Param.of(possible), Param.of(participation));
    }

    private static Message amountOrUnknown(Long cents) {
        return cents == null ? Message.of("funding.detail.price.unknown") : FundingMessages.money(cents);
    }

    /** "Pendant la formation : RFFT, environ 528 € par mois (montant au 1er avril 2024)", with the rule's note or not. */
    public static String pay(PayEstimate p, boolean withNote) {
        return pay(p, withNote, MessageRenderer.french());
    }

    public static String pay(PayEstimate p, boolean withNote, MessageRenderer in) {
        return in.render(payMessage(p, withNote));
    }

    /** Her pay during the training as a message; the rule's label and note are the rules file's own words, ours are said. */
    public static Message payMessage(PayEstimate p, boolean withNote) {
        if (p.scheme() == null) {
            return Message.of("funding.pay.other", p.noteMessage() == null ? Param.label(null) : Param.of(p.noteMessage()));
        }
        Message amount = p.monthlyCents() == null ? Message.NONE : Message.of("funding.pay.amount", Param.money(p.monthlyCents()),
                Param.of(p.asOf() == null ? Message.NONE : Message.of("funding.pay.asOf", Param.date(p.asOf()))));
        boolean note = withNote && p.note() != null && !p.note().isBlank();
        Message end = note ? Message.of("funding.pay.note", Param.of(p.noteMessage()))
                : Message.of(p.monthlyCents() == null ? "funding.pay.same" : "funding.pay.end");
        return Message.of("funding.pay", Param.label(p.label()), Param.of(amount), Param.of(end));
    }

    private static void condition(ConditionCheck c, String indent, List<String> out, MessageRenderer in) {
        out.add(indent + in.render(FundingMessages.marked(c)));
        if (c.met() == null || !c.details().isEmpty() && !Boolean.TRUE.equals(c.met())) {
            for (ConditionCheck d : c.details()) {
                condition(d, indent + "  ", out, in);
            }
        }
    }

    /** A condition's value in French: "oui", "non renseigné", "20", "places achetées", "2, 4". */
    public static String value(Object v) {
        return value(v, MessageRenderer.french());
    }

    public static String value(Object v, MessageRenderer in) {
        return in.render(FundingMessages.value(v));
    }

    private static Message validity(SchemeAnswer s) {
        if (s.validFrom() == null && s.validTo() == null) {
            return Message.NONE;
        }
        return Message.of("funding.detail.validity",
                Param.of(s.validFrom() == null ? Message.NONE : Message.of("funding.detail.validFrom", Param.date(s.validFrom()))),
                Param.of(s.validTo() == null ? Message.NONE : Message.of("funding.detail.validTo", Param.date(s.validTo()))));
    }
}
