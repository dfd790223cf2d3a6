package fr.passerelle.funding;

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
    record Result(PayEstimate estimate, List<String> questions, List<String> notes) {
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
                return new Result(new PayEstimate(null, null, null, null, null,
                        "Rémunération à préciser : " + rule.label() + " si " + unknownTexts(rule, checks) + "."), questions, List.of());
            }
            return rule.amount() == PayRule.Amount.ALLOCATION ? allocation(rule, on) : scale(rule, on);
        }
        return new Result(new PayEstimate(null, null, null, null, null,
                "Aucune rémunération de stagiaire prévue par les règles pour sa situation"
                        + (person.status() == PersonStatus.SALARIE ? " : salariée, elle garde son salaire si la formation a lieu sur son temps de travail." : ".")),
                List.of(), List.of());
    }

    private Result allocation(PayRule rule, LocalDate on) {
        List<String> questions = new ArrayList<>();
        StringBuilder note = new StringBuilder(rule.note() == null ? "" : rule.note());
        if (person.allocationEnd() == null) {
            if (session.end() != null) {
                questions.add(Fact.PERSON_ALLOCATION.question());
            }
        } else if (session.end() != null && person.allocationEnd().isBefore(session.end())) {
            note.append(" Son allocation s'arrête le ").append(FrenchFormat.date(person.allocationEnd()))
                    .append(", avant la fin de la formation (").append(FrenchFormat.date(session.end())).append(")");
            Dated<BigDecimal> cap = rule.capParameter() == null ? null
                    : rules.parameter(rule.capParameter()).flatMap(p -> p.at(on)).orElse(null);
            if (cap != null) {
                note.append(" : la RFF serait d'au plus ").append(FrenchFormat.euros(FundingEngine.cents(cap.value()))).append(" par mois");
            }
            note.append('.');
        }
        return new Result(new PayEstimate(rule.id(), rule.label(), null, rule.source(), null, note.toString().strip()),
                questions, List.of());
    }

    private Result scale(PayRule rule, LocalDate on) {
        Scale scale = rules.scale(rule.scale()).orElseThrow();
        Dated<List<Scale.Bracket>> dated = scale.at(on).orElse(null);
        if (dated == null) {
            return new Result(new PayEstimate(rule.id(), rule.label(), null, rule.source(), null,
                    "Aucun barème dans les règles à cette date."), List.of(), List.of());
        }
        if (person.age() == null) {
            return new Result(new PayEstimate(rule.id(), rule.label(), null, dated.period().source(), dated.period().from(),
                    "Le montant dépend de son âge."), List.of(Fact.PERSON_AGE.question()), List.of());
        }
        Scale.Bracket bracket = dated.value().stream().filter(b -> b.contains(person.age())).findFirst().orElse(null);
        if (bracket == null) {
            return new Result(new PayEstimate(rule.id(), rule.label(), null, dated.period().source(), dated.period().from(),
                    "Pas de montant au barème pour " + person.age() + " ans."), List.of(), List.of());
        }
        List<String> notes = new ArrayList<>();
        String note = rule.note() == null ? "" : rule.note();
        if (dated.carriedOver()) {
            notes.add(rule.label() + " : barème en vigueur jusqu'au " + FrenchFormat.date(dated.period().to())
                    + " ; le nouveau barème n'est pas encore dans les règles.");
        }
        return new Result(new PayEstimate(rule.id(), rule.label(), FundingEngine.cents(bracket.euros()), dated.period().source(),
                dated.period().from(), note), List.of(), notes);
    }

    private static String unknownTexts(PayRule rule, List<ConditionCheck> checks) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).met() == null) {
                Condition c = rule.conditions().get(i);
                texts.add(c.text().substring(0, 1).toLowerCase(java.util.Locale.FRENCH) + c.text().substring(1));
            }
        }
        return String.join(" et ", texts);
    }
}
