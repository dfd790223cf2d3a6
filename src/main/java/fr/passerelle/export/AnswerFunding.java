package fr.passerelle.export;

import fr.passerelle.engine.words.Message;
import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingMessages;
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
        return of(a, t, PlanLanguage.FRENCH);
    }

    static PlanFunding of(FundingAnswer a, PlanTraining t, PlanLanguage in) {
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
            lines.add(new FundingLine(payer(s, t, in), s.status() == SchemeStatus.UNKNOWN ? null : s.amountCents(), status(s),
                    note(s, in)));
            if (pays) {
                for (String step : s.steps()) {
                    String said = fundingText(Part.STEP, step, in);
                    steps.add(in.english() ? strip(said) : PlainWords.toYou(strip(said)));
                }
            }
        }
        if (certain == null) {
            steps.add(in.t("funding.askPrice", t.provider() == null ? "" : " (" + t.provider() + ")"));
        }
        List<String> questions = a.questions().stream().map(q -> fundingText(Part.QUESTION, q, in)).toList();
        return new PlanFunding(a.priceCents(), lines, certain, FundingWords.possibleToPay(a), questions, List.copyOf(steps),
                basis(a, in), pay(a.pay(), in));
    }

    /** What {@link #fundingText} is given: which kind of text of the funding package. */
    enum Part {
        /** A rule's label (a payer the plan has no short name for). */
        LABEL,
        /** A rule's note. */
        NOTE,
        /** A rule's step, to ask for the aid. */
        STEP,
        /** A question whose answer would change the result. */
        QUESTION,
        /** A general note of the answer. */
        ANSWER_NOTE,
        /** The condition that decides a scheme whose answer is missing ({@link ConditionCheck}). */
        CONDITION,
        /** Her pay during the training ({@link PayEstimate}). */
        PAY
    }

    /**
     * The one door through which the plan takes a text from the funding package. Our own sentences (her pay, the
     * questions, the answer's notes) are said in the plan's language by the funding messages; the rules' own words
     * (labels, notes, steps, a condition's text) are data and stay as the rules file writes them.
     */
    static String fundingText(Part part, Object from, PlanLanguage in) {
        return switch (part) {
            case CONDITION -> ((ConditionCheck) from).text();
            case PAY -> FundingReadout.pay((PayEstimate) from, false, in.reasons());
            case QUESTION -> in.reasons().render(FundingMessages.question((String) from));
            case ANSWER_NOTE -> in.reasons().render((Message) from);
            case LABEL, NOTE, STEP -> (String) from;
        };
    }

    /** Who pays, in her words: "Place financée (Conseil régional, France Travail)", "Votre CPF", else the rule's label. */
    static String payer(SchemeAnswer s, PlanTraining t) {
        return payer(s, t, PlanLanguage.FRENCH);
    }

    static String payer(SchemeAnswer s, PlanTraining t, PlanLanguage in) {
        return switch (s.id()) {
            case "achat_collectif" -> {
                List<String> buyers = t.funders().stream().filter(f -> !f.equals("Bénéficiaire")).toList();
                yield in.t("pay.collective") + (buyers.isEmpty() ? "" : " (" + String.join(", ", buyers) + ")");
            }
            case "cpf" -> in.t("pay.cpf");
            case "aif" -> in.t("pay.aif");
            case "agefiph" -> in.t("pay.agefiph");
            default -> fundingText(Part.LABEL, s.label(), in);
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
        return note(s, PlanLanguage.FRENCH);
    }

    static String note(SchemeAnswer s, PlanLanguage in) {
        if (s.status() == SchemeStatus.UNKNOWN) {
            return FundingWords.deciding(s).map(c -> fundingText(Part.CONDITION, c, in))
                    .map(c -> in.t("note.dependsOn", PlainWords.lowerFirst(c))).orElse(in.t("note.missing"));
        }
        return switch (s.id()) {
            case "achat_collectif" -> in.t(s.status() == SchemeStatus.CERTAIN ? "note.collective.certain" : "note.collective.possible");
            case "cpf" -> in.t("note.cpf");
            case "aif" -> in.t("note.aif");
            case "aide_region" -> in.t("note.region");
            case "agefiph" -> in.t("note.agefiph");
            case "poei", "poec" -> in.t("note.beforeHiring");
            case "alternance" -> in.t("note.alternance");
            default -> s.note() == null ? null : fundingText(Part.NOTE, s.note(), in);
        };
    }

    /** "Pendant la formation : … (source : …)", or null when no pay rule applies and nothing is to be asked. */
    static String pay(PayEstimate p) {
        return pay(p, PlanLanguage.FRENCH);
    }

    static String pay(PayEstimate p, PlanLanguage in) {
        if (p == null) {
            return null;
        }
        // The plan has its own heading for her pay: the sentence's lead-in ("Pendant la formation : ") goes.
        String pattern = in.reasons().pattern("funding.pay");
        String lead = pattern.substring(0, pattern.indexOf("{0}"));
        String said = fundingText(Part.PAY, p, in);
        String line = said.startsWith(lead) ? said.substring(lead.length()) : said;
        return line + (p.source() == null ? "" : in.t("funding.source", p.source()));
    }

    private static String basis(FundingAnswer a, PlanLanguage in) {
        String version;
        try {
            version = in.t("funding.basis.version", in.date(LocalDate.parse(a.rulesVersion())));
        } catch (DateTimeParseException | NullPointerException e) {
            version = a.rulesVersion() == null ? "" : a.rulesVersion();
        }
        return in.t("funding.basis.rules", in.date(a.on()), version) + (a.notes().isEmpty() ? ""
                : " " + String.join(" ", a.noteMessages().stream().map(n -> fundingText(Part.ANSWER_NOTE, n, in)).toList()));
    }

    /** A rule's step without its final full stop (the plan adds its own). */
    private static String strip(String step) {
        String s = step.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "1 190 €" for a line of the printed table, "jusqu'à 690 €" for an aid still to be granted. */
    static String amount(FundingLine l) {
        return amount(l, PlanLanguage.FRENCH);
    }

    static String amount(FundingLine l, PlanLanguage in) {
        if (l.amountCents() == null) {
            return "";
        }
        String money = in.money(l.amountCents());
        return l.status() == FundingLine.Status.POSSIBLE ? in.t("funding.upTo", money) : money;
    }
}
