package fr.passerelle.export;

import static fr.passerelle.export.FrenchFormat.money;

import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.PayEstimate;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.SchemeStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The funding engine's answer as the plan tells it to her ("vous"): one line per scheme that pays or could pay (or
 * whose answer is missing), the certain remainder (0 € for a place bought for her, whatever its price), the possible
 * one, her pay during the training with its source, the questions still to ask, and the steps to ask for each aid,
 * which the plan dates. Schemes she is not eligible for, those with nothing left to cover, and, when nothing is left to
 * pay anyway, those still to ask for or waiting for an answer are left out of the printed table: the window shows them
 * all with the condition that decides.
 */
final class AnswerFunding {
    private AnswerFunding() {
    }

    static PlanFunding of(FundingAnswer a, PlanTraining t) {
        List<FundingLine> lines = new ArrayList<>();
        Set<String> steps = new LinkedHashSet<>();
        Long certain = FundingWords.certainToPay(a);
        boolean free = Long.valueOf(0).equals(certain);
        for (SchemeAnswer s : a.schemes()) {
            boolean pays = s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE;
            // Nothing left to pay: an aid to ask for or an answer still missing could not lower it, so it is not printed.
            if (s.status() == SchemeStatus.NOT_ELIGIBLE || pays && Long.valueOf(0).equals(s.amountCents())
                    || free && s.status() != SchemeStatus.CERTAIN) {
                continue;
            }
            lines.add(new FundingLine(payer(s, t), s.status() == SchemeStatus.UNKNOWN ? null : s.amountCents(), status(s),
                    note(s)));
            if (pays) {
                s.steps().forEach(step -> steps.add(PlainWords.toYou(strip(step))));
            }
        }
        if (certain == null) {
            steps.add("Demander son prix à l'organisme" + (t.provider() == null ? "" : " (" + t.provider() + ")"));
        }
        return new PlanFunding(a.priceCents(), lines, certain, FundingWords.possibleToPay(a), a.questions(), List.copyOf(steps),
                basis(a), pay(a.pay()));
    }

    /** Who pays, in her words: "Place financée (Conseil régional, France Travail)", "Votre CPF", else the rule's label. */
    static String payer(SchemeAnswer s, PlanTraining t) {
        return switch (s.id()) {
            case "achat_collectif" -> {
                List<String> buyers = t.funders().stream().filter(f -> !f.equals("Bénéficiaire")).toList();
                yield "Place financée" + (buyers.isEmpty() ? "" : " (" + String.join(", ", buyers) + ")");
            }
            case "cpf" -> "Votre CPF";
            case "aif" -> "AIF de France Travail";
            case "agefiph" -> "Agefiph";
            default -> s.label();
        };
    }

    private static FundingLine.Status status(SchemeAnswer s) {
        return switch (s.status()) {
            case CERTAIN -> FundingLine.Status.CERTAIN;
            case POSSIBLE -> FundingLine.Status.POSSIBLE;
            case UNKNOWN -> FundingLine.Status.UNKNOWN;
            case NOT_ELIGIBLE -> FundingLine.Status.NOT_ELIGIBLE;
        };
    }

    /** What the line means for her; for a missing answer, what it depends on. */
    static String note(SchemeAnswer s) {
        if (s.status() == SchemeStatus.UNKNOWN) {
            return FundingWords.deciding(s).map(ConditionCheck::text).map(c -> "dépend de : " + PlainWords.lowerFirst(c))
                    .orElse("une réponse manque");
        }
        return switch (s.id()) {
            case "achat_collectif" -> s.status() == SchemeStatus.CERTAIN
                    ? "gratuite pour vous si l'organisme vous retient (information collective, tests, entretien)"
                    : "des places sont financées pour une partie des stagiaires : à demander";
            case "cpf" -> "à utiliser sur moncompteformation.gouv.fr";
            case "aif" -> "aide de France Travail pour ce qui reste, accordée au cas par cas";
            case "aide_region" -> "aide de la Région en complément du CPF, sur demande";
            case "agefiph" -> "montant décidé par l'Agefiph";
            case "poei", "poec" -> "formation financée avant une embauche";
            case "alternance" -> "la formation est payée par l'employeur ; vous êtes salarié·e";
            default -> s.note();
        };
    }

    /** "Pendant la formation : … (source : …)", or null when no pay rule applies and nothing is to be asked. */
    static String pay(PayEstimate p) {
        if (p == null) {
            return null;
        }
        String line = FundingReadout.pay(p, false).replaceFirst("^Pendant la formation : ", "");
        return line + (p.source() == null ? "" : " Source : " + p.source());
    }

    private static String basis(FundingAnswer a) {
        String version;
        try {
            version = "du " + FrenchFormat.date(LocalDate.parse(a.rulesVersion()));
        } catch (DateTimeParseException | NullPointerException e) {
            version = a.rulesVersion() == null ? "" : a.rulesVersion();
        }
        return "Calculé le " + FrenchFormat.date(a.on()) + " avec les règles de financement " + version
                + " : « acquis » vous est dû si les conditions restent vraies ; « à demander » dépend d'une décision du "
                + "financeur ; « à vérifier » attend une réponse." + (a.notes().isEmpty() ? "" : " " + String.join(" ", a.notes()));
    }

    /** A rule's step without its final full stop (the plan adds its own). */
    private static String strip(String step) {
        String s = step.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "1 190 €" for a line of the printed table, "jusqu'à 690 €" for an aid still to be granted. */
    static String amount(FundingLine l) {
        if (l.amountCents() == null) {
            return "";
        }
        return (l.status() == FundingLine.Status.POSSIBLE ? "jusqu'à " : "") + money(l.amountCents());
    }
}
