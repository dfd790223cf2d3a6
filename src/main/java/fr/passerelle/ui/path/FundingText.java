package fr.passerelle.ui.path;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.SchemeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is left for her to pay, as the window says it to the counsellor: the certain remainder first, the possible one
 * only when it is lower and with the aid that would bring it there ("0 € si l'AIF est accordée"), and never a price
 * when a place is bought for her (the price is not hers to pay, published or not). Each text is a message of
 * engine/words/trainings*.properties; the methods without a renderer say it in French, the others in the window's
 * language, with no-break spaces inside figures as the window writes them.
 */
public final class FundingText {
    /** What the catalogue's funder code 10 means, in words. */
    private static final String TRAINEE = "Bénéficiaire";
    private static final MessageRenderer FRENCH = MessageRenderer.french();

    private FundingText() {
    }

    /** The card's and the comparison's line for one training, from the path's answer. */
    public static String leftToPay(TrainingOption o) {
        return leftToPay(o, o.funding());
    }

    public static String leftToPay(TrainingOption o, MessageRenderer in) {
        return leftToPay(o, o.funding(), in);
    }

    /** The same from a given answer (computed again, e.g. with her answer to the RQTH question). */
    public static String leftToPay(TrainingOption o, FundingAnswer a) {
        return leftToPay(o, a, FRENCH);
    }

    public static String leftToPay(TrainingOption o, FundingAnswer a, MessageRenderer in) {
        return in.noBreakSpaces().render(leftToPayMessage(o, a));
    }

    public static Message leftToPayMessage(TrainingOption o, FundingAnswer a) {
        if (a == null) {
            return o.remainingCents() == null ? Message.of("funding.left.noAnswer.unknown")
                    : Message.of("funding.left.noAnswer", Param.money(o.remainingCents()));
        }
        if (FundingWords.covering(a).isPresent()) {
            return Message.of("funding.left.nothing.bought", Param.of(bought(o)));
        }
        Long certain = FundingWords.certainToPay(a);
        if (certain == null) {
            return Message.of("funding.left.unknown");
        }
        Message text = certain == 0 ? Message.of("funding.left.nothing") : Message.of("funding.left.certain", Param.money(certain));
        Optional<Message> granted = ifGrantedMessage(a);
        if (granted.isPresent()) {
            text = Message.of("funding.left.withGranted", Param.of(text), Param.of(granted.get()));
        }
        if (certain > 0 && Boolean.FALSE.equals(o.affordable()) && granted.isEmpty()) {
            text = Message.of("funding.left.beyond", Param.of(text));
        }
        return text;
    }

    /** "place achetée (Conseil régional, France Travail)": who buys the place, from the catalogue (names are data). */
    static Message bought(TrainingOption o) {
        List<String> buyers = o.funders().stream().filter(f -> !f.equals(TRAINEE)).toList();
        return buyers.isEmpty() ? Message.of("funding.bought.public") : Message.of("funding.bought", Param.label(String.join(", ", buyers)));
    }

    /**
     * "0 € si l'AIF est accordée", "150 € si l'AIF ou l'aide de la Région est accordée": the best case when it is lower
     * than the certain remainder; empty otherwise.
     */
    public static String ifGranted(FundingAnswer a) {
        return ifGranted(a, FRENCH);
    }

    public static String ifGranted(FundingAnswer a, MessageRenderer in) {
        return ifGrantedMessage(a).map(in.noBreakSpaces()::render).orElse("");
    }

    public static Optional<Message> ifGrantedMessage(FundingAnswer a) {
        Long certain = FundingWords.certainToPay(a);
        Long possible = FundingWords.possibleToPay(a);
        if (certain == null || possible == null || possible >= certain) {
            return Optional.empty();
        }
        List<Message> names = new ArrayList<>();
        boolean contract = false;
        for (SchemeAnswer s : FundingWords.possible(a)) {
            names.add(aid(s));
            contract |= s.id().equals("alternance");
        }
        if (names.isEmpty()) {
            return Optional.of(Message.of("funding.granted.any", Param.money(possible)));
        }
        Message who = FundingMessages.list("funding.or", names);
        String key = contract && names.size() == 1 ? "funding.granted.contract" : contract ? "funding.granted.anyNamed" : "funding.granted.one";
        return Optional.of(Message.of(key, Param.money(possible), Param.of(who)));
    }

    /** A scheme named with its article, for "si … est accordée": all the aids are feminine but the contract. */
    static Message aid(SchemeAnswer s) {
        return switch (s.id()) {
            case "aif", "aide_region", "agefiph", "poei", "poec", "achat_collectif", "alternance", "cpf" -> Message.of("funding.aid." + s.id());
            default -> Message.of("funding.aid.other", Param.label(s.label()));
        };
    }

    /** The status word of a scheme with its amount: "acquis : 500 €", "possible jusqu'à 490 €", "à vérifier", "non". */
    public static String status(SchemeAnswer s) {
        return status(s, FRENCH);
    }

    public static String status(SchemeAnswer s, MessageRenderer in) {
        return in.noBreakSpaces().render(statusMessage(s));
    }

    public static Message statusMessage(SchemeAnswer s) {
        if (paysNothing(s)) {
            // Her CPF on a place bought for her: she has the right, but nothing is left for it to cover.
            return Message.of("funding.status.nothingToCover");
        }
        return switch (s.status()) {
            case CERTAIN, POSSIBLE -> s.amountCents() == null ? FundingMessages.status(s.status())
                    : Message.of("funding.status." + s.status().key() + ".amount", Param.money(s.amountCents()));
            case UNKNOWN, NOT_ELIGIBLE -> FundingMessages.status(s.status());
        };
    }

    /** A certain or possible scheme with nothing left to cover (0 €): shown apart from those that pay. */
    static boolean paysNothing(SchemeAnswer s) {
        return (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE) && Long.valueOf(0).equals(s.amountCents());
    }

    /** The table's certain remainder: "0 €" for a bought place whatever its price, "inconnu" without a price. */
    public static String certainCell(TrainingOption o) {
        return certainCell(o, FRENCH);
    }

    public static String certainCell(TrainingOption o, MessageRenderer in) {
        return in.noBreakSpaces().render(certainCellMessage(o));
    }

    static Message certainCellMessage(TrainingOption o) {
        return amountOrUnknown(certainValue(o));
    }

    /** The table's possible remainder: "—" when it is the certain one (nothing more to ask for). */
    public static String possibleCell(TrainingOption o) {
        return possibleCell(o, FRENCH);
    }

    public static String possibleCell(TrainingOption o, MessageRenderer in) {
        return in.noBreakSpaces().render(possibleCellMessage(o));
    }

    static Message possibleCellMessage(TrainingOption o) {
        if (o.funding() == null) {
            return Message.of("funding.cell.same");
        }
        Long certain = FundingWords.certainToPay(o.funding());
        Long possible = FundingWords.possibleToPay(o.funding());
        return possible != null && possible.equals(certain) ? Message.of("funding.cell.same") : amountOrUnknown(possible);
    }

    private static Message amountOrUnknown(Long cents) {
        return cents == null ? Message.of("funding.cell.unknown") : FundingMessages.money(cents);
    }

    /** Sort key of the certain remainder (null last). */
    static Long certainValue(TrainingOption o) {
        return o.funding() == null ? o.remainingCents() : FundingWords.certainToPay(o.funding());
    }

    /** Sort key of the possible remainder (null last). */
    static Long possibleValue(TrainingOption o) {
        return o.funding() == null ? o.remainingCents() : FundingWords.possibleToPay(o.funding());
    }

    /**
     * Who pays, readable in a table cell: "Place achetée (Conseil régional, France Travail)", "CPF 500 € ; possible :
     * l'AIF, l'aide de la Région"; the catalogue's funders when no answer was computed.
     */
    public static String payers(TrainingOption o) {
        return payers(o, FRENCH);
    }

    public static String payers(TrainingOption o, MessageRenderer in) {
        String said = in.noBreakSpaces().render(payersMessage(o));
        // A bought place heads the cell: "Place achetée (…)" / "Place bought for her (…)".
        return o.funding() != null && FundingWords.covering(o.funding()).isPresent()
                ? Character.toUpperCase(said.charAt(0)) + said.substring(1) : said;
    }

    /** Who pays, as a message (a bought place in lower case: {@link #payers} capitalises it at the head of the cell). */
    static Message payersMessage(TrainingOption o) {
        FundingAnswer a = o.funding();
        if (a == null) {
            List<Message> funders = o.funders().stream().map(f -> f.equals(TRAINEE) ? Message.of("funding.payers.trainee")
                    : FundingMessages.data(f)).toList();
            return funders.isEmpty() ? Message.NONE : FundingMessages.list("funding.list", funders);
        }
        if (FundingWords.covering(a).isPresent()) {
            return bought(o);
        }
        List<Message> parts = new ArrayList<>();
        for (SchemeAnswer s : a.schemes()) {
            if (s.status() == SchemeStatus.CERTAIN && s.amountCents() != null && s.amountCents() > 0) {
                parts.add(Message.of("funding.payer.amount", Param.of(FundingMessages.payer(s)), Param.money(s.amountCents())));
            }
        }
        List<Message> possible = FundingWords.possible(a).stream().map(FundingText::aid).toList();
        if (!possible.isEmpty()) {
            parts.add(Message.of("funding.payers.possible", Param.of(FundingMessages.list("funding.list", possible))));
        }
        if (parts.isEmpty()) {
            return Message.of(FundingWords.certainToPay(a) == null ? "funding.payers.unknown" : "funding.payers.herself");
        }
        return Message.of("funding.amount", Param.joined(parts));
    }
}
