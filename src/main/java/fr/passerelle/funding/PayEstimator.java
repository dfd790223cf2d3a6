package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.rules.Condition;
import fr.passerelle.funding.rules.Dated;
import fr.passerelle.funding.rules.Fact;
import fr.passerelle.funding.rules.PayRule;
import fr.passerelle.funding.rules.RuleSet;
import fr.passerelle.funding.rules.Scale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What she may live on during the training: the first pay rule whose conditions all hold. A rule left unknown by a
 * missing answer stops the search (a later rule could be wrong for her): the estimate is then unknown, with the
 * questions to ask.
 */
final class PayEstimator {
    record Result(PayEstimate estimate, List<String> questions, List<Message> notes) {
    }

    private final RuleSet rules;
    private final ConditionEvaluator evaluator;
    private final FundingCase person;
    private final FundingSession session;

    PayEstimator(RuleSet rules, ConditionEvaluator evaluator, FundingCase person, FundingSession session) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.person = person;
        this.session = session;
    }

    Result estimate(LocalDate on) {
        for (PayRule rule : rules.pay()) {
            List<ConditionCheck> checks = new ArrayList<>();
            rule.conditions().forEach(c -> checks.add(evaluator.check(c)));
            if (checks.stream().anyMatch(c -> Boolean.FALSE.equals(c.met()))) {
                continue;
            }
            if (checks.stream().anyMatch(c -> c.met() == null)) {
                Set<Fact> facts = new LinkedHashSet<>();
                for (int i = 0; i < checks.size(); i++) {
                    ConditionEvaluator.unknownFacts(rule.conditions().get(i), checks.get(i), facts);
                }
                List<String> questions = facts.stream().map(Fact::question).toList();
                return new Result(PayEstimate.of(null, null, null, null, null, Message.of("funding.pay.unknown",
                        Param.label(rule.label()), Param.of(unknownTexts(rule, checks)))), questions, List.of());
            }
            return rule.amount() == PayRule.Amount.ALLOCATION ? allocation(rule, on) : scale(rule, on);
        }
        return new Result(PayEstimate.of(null, null, null, null, null, Message.of("funding.pay.none",
                Param.of(Message.of(person.status() == PersonStatus.SALARIE ? "funding.pay.none.employee" : "funding.pay.end")))),
                List.of(), List.of());
    }

    private Result allocation(PayRule rule, LocalDate on) {
        List<String> questions = new ArrayList<>();
        String ruleNote = rule.note() == null ? "" : rule.note();
        Message note = FundingMessages.data(ruleNote.strip());
        if (person.allocationEnd() == null) {
            if (session.end() != null) {
                questions.add(Fact.PERSON_ALLOCATION.question());
            }
        } else if (session.end() != null && person.allocationEnd().isBefore(session.end())) {
            Dated<BigDecimal> cap = rule.capParameter() == null ? null
                    : rules.parameter(rule.capParameter()).flatMap(p -> p.at(on)).orElse(null);
            // The rule's own note (data), then ours: her allowance ends before the training does.
            note = Message.of("funding.pay.allocationEnds",
                    Param.of(ruleNote.isEmpty() ? Message.NONE : Message.of("funding.pay.ruleNote", Param.label(ruleNote.stripLeading()))),
                    Param.date(person.allocationEnd()), Param.date(session.end()),
                    Param.of(cap == null ? Message.NONE : Message.of("funding.pay.rffCap", Param.money(FundingEngine.cents(cap.value())))));
        }
        return new Result(PayEstimate.of(rule.id(), rule.label(), null, rule.source(), null, note), questions, List.of());
    }

    private Result scale(PayRule rule, LocalDate on) {
        Scale scale = rules.scale(rule.scale()).orElseThrow();
        Dated<List<Scale.Bracket>> dated = scale.at(on).orElse(null);
        if (dated == null) {
            return new Result(PayEstimate.of(rule.id(), rule.label(), null, rule.source(), null,
                    Message.of("funding.pay.noScale")), List.of(), List.of());
        }
        if (person.age() == null) {
            return new Result(PayEstimate.of(rule.id(), rule.label(), null, dated.period().source(), dated.period().from(),
                    Message.of("funding.pay.dependsOnAge")), List.of(Fact.PERSON_AGE.question()), List.of());
        }
        Scale.Bracket bracket = dated.value().stream().filter(b -> b.contains(person.age())).findFirst().orElse(null);
        if (bracket == null) {
            return new Result(PayEstimate.of(rule.id(), rule.label(), null, dated.period().source(), dated.period().from(),
                    Message.of("funding.pay.noBracket", Param.code(String.valueOf(person.age())))), List.of(), List.of());
        }
        List<Message> notes = new ArrayList<>();
        String note = rule.note() == null ? "" : rule.note();
        if (dated.carriedOver()) {
            notes.add(Message.of("funding.note.scale.carried", Param.label(rule.label()), Param.date(dated.period().to())));
        }
        return new Result(new PayEstimate(rule.id(), rule.label(), FundingEngine.cents(bracket.euros()), dated.period().source(),
                dated.period().from(), note), List.of(), notes);
    }

    /** The conditions not known yet, as the rules write them (lower-cased first letter), joined by "et" / "and". */
    private static Message unknownTexts(PayRule rule, List<ConditionCheck> checks) {
        List<Message> texts = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).met() == null) {
                Condition c = rule.conditions().get(i);
                texts.add(FundingMessages.data(c.text().substring(0, 1).toLowerCase(java.util.Locale.FRENCH) + c.text().substring(1)));
            }
        }
        return texts.isEmpty() ? Message.NONE : FundingMessages.list("funding.and", texts);
    }
}
