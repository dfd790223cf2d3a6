package fr.passerelle.ui.path;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.SchemeStatus;
import fr.passerelle.ui.common.FrenchFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * What is left for her to pay, as the window says it to the counsellor: the certain remainder first, the possible one
 * only when it is lower and with the aid that would bring it there ("0 € si l'AIF est accordée"), and never a price
 * when a place is bought for her (the price is not hers to pay, published or not).
 */
public final class FundingText {
    /** What the catalogue's funder code 10 means, in words. */
    private static final String TRAINEE = "Bénéficiaire";

    private FundingText() {
    }

    /** The card's and the comparison's line for one training, from the path's answer. */
    public static String leftToPay(TrainingOption o) {
        return leftToPay(o, o.funding());
    }

    /** The same from a given answer (computed again, e.g. with her answer to the RQTH question). */
    public static String leftToPay(TrainingOption o, FundingAnswer a) {
        if (a == null) {
            return o.remainingCents() == null ? "Reste à payer inconnu (prix non publié)" : "Reste à payer " + FrenchFormats.money(o.remainingCents());
        }
        if (FundingWords.covering(a).isPresent()) {
            return "Rien à payer pour elle : " + bought(o);
        }
        Long certain = FundingWords.certainToPay(a);
        if (certain == null) {
            return "Reste à payer inconnu : prix non publié, à demander à l'organisme";
        }
        String text = certain == 0 ? "Rien à payer pour elle" : "Reste à payer " + FrenchFormats.money(certain) + " à coup sûr";
        String granted = ifGranted(a);
        if (!granted.isEmpty()) {
            text += " ; " + granted;
        }
        if (certain > 0 && Boolean.FALSE.equals(o.affordable()) && granted.isEmpty()) {
            text += " : au-delà de ce qu'elle peut payer";
        }
        return text;
    }

    /** "places achetées (Conseil régional, France Travail)": who buys the place, from the catalogue. */
    static String bought(TrainingOption o) {
        List<String> buyers = o.funders().stream().filter(f -> !f.equals(TRAINEE)).toList();
        return "place achetée" + (buyers.isEmpty() ? " par un financeur public" : " (" + String.join(", ", buyers) + ")");
    }

    /**
     * "0 € si l'AIF est accordée", "150 € si l'AIF ou l'aide de la Région est accordée": the best case when it is lower
     * than the certain remainder; empty otherwise.
     */
    public static String ifGranted(FundingAnswer a) {
        Long certain = FundingWords.certainToPay(a);
        Long possible = FundingWords.possibleToPay(a);
        if (certain == null || possible == null || possible >= certain) {
            return "";
        }
        List<String> names = new ArrayList<>();
        boolean contract = false;
        for (SchemeAnswer s : FundingWords.possible(a)) {
            names.add(aid(s));
            contract |= s.id().equals("alternance");
        }
        String who = String.join(" ou ", names);
        return FrenchFormats.money(possible) + (names.isEmpty() ? " si les aides possibles sont accordées"
                : contract && names.size() == 1 ? " si " + who + " est signé" : contract ? " si les aides possibles sont accordées (" + who + ")"
                : " si " + who + " est accordée");
    }

    /** A scheme named with its article, for "si … est accordée": all the aids are feminine but the contract. */
    static String aid(SchemeAnswer s) {
        return switch (s.id()) {
            case "aif" -> "l'AIF";
            case "aide_region" -> "l'aide de la Région";
            case "agefiph" -> "l'aide de l'Agefiph";
            case "poei" -> "la POEI";
            case "poec" -> "la POEC";
            case "achat_collectif" -> "une place achetée";
            case "alternance" -> "un contrat en alternance";
            case "cpf" -> "la prise en charge du CPF";
            default -> "l'aide « " + s.label() + " »";
        };
    }

    /** The status word of a scheme with its amount: "acquis : 500 €", "possible jusqu'à 490 €", "à vérifier", "non". */
    public static String status(SchemeAnswer s) {
        if (paysNothing(s)) {
            // Her CPF on a place bought for her: she has the right, but nothing is left for it to cover.
            return "rien à couvrir";
        }
        return switch (s.status()) {
            case CERTAIN -> s.amountCents() == null ? "acquis" : "acquis : " + FrenchFormats.money(s.amountCents());
            case POSSIBLE -> s.amountCents() == null ? "possible" : "possible jusqu'à " + FrenchFormats.money(s.amountCents());
            case UNKNOWN -> "à vérifier";
            case NOT_ELIGIBLE -> "non";
        };
    }

    /** A certain or possible scheme with nothing left to cover (0 €): shown apart from those that pay. */
    static boolean paysNothing(SchemeAnswer s) {
        return (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE) && Long.valueOf(0).equals(s.amountCents());
    }

    /** The table's certain remainder: "0 €" for a bought place whatever its price, "inconnu" without a price. */
    public static String certainCell(TrainingOption o) {
        Long certain = o.funding() == null ? o.remainingCents() : FundingWords.certainToPay(o.funding());
        return FrenchFormats.money(certain, "inconnu");
    }

    /** The table's possible remainder: "—" when it is the certain one (nothing more to ask for). */
    public static String possibleCell(TrainingOption o) {
        if (o.funding() == null) {
            return "—";
        }
        Long certain = FundingWords.certainToPay(o.funding());
        Long possible = FundingWords.possibleToPay(o.funding());
        return possible == null ? "inconnu" : possible.equals(certain) ? "—" : FrenchFormats.money(possible);
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
        FundingAnswer a = o.funding();
        if (a == null) {
            return String.join(", ", o.funders().stream().map(f -> f.equals(TRAINEE) ? "la personne" : f).toList());
        }
        if (FundingWords.covering(a).isPresent()) {
            String b = bought(o);
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (SchemeAnswer s : a.schemes()) {
            if (s.status() == SchemeStatus.CERTAIN && s.amountCents() != null && s.amountCents() > 0) {
                parts.add(FundingWords.payer(s) + " " + FrenchFormats.money(s.amountCents()));
            }
        }
        List<String> possible = FundingWords.possible(a).stream().map(FundingText::aid).toList();
        if (!possible.isEmpty()) {
            parts.add("possible : " + String.join(", ", possible));
        }
        Long certain = FundingWords.certainToPay(a);
        if (parts.isEmpty()) {
            return certain == null ? "à vérifier" : "elle seule";
        }
        return String.join(" ; ", parts);
    }
}
