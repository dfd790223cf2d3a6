package fr.passerelle.funding;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.rules.Condition;
import fr.passerelle.funding.rules.Dated;
import fr.passerelle.funding.rules.Fact;
import fr.passerelle.funding.rules.RuleSet;
import fr.passerelle.funding.rules.SchemeRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who pays what for a session, for her, on a date, by the rules. Pure and deterministic.
 * <ol>
 * <li>Each scheme in force is checked: a condition not met makes it {@code not_eligible}, else a missing answer makes it
 * {@code unknown}, else it is {@code certain} or, when someone decides, {@code possible}.</li>
 * <li>Certain schemes pay, in the rules' order, out of the price: the certain remainder is what is left.</li>
 * <li>Each possible scheme shows the most it could pay on its own, up to its ceiling (the whole certain remainder when
 * none is published); the possible remainder is what would be left if they were all granted, in order.</li>
 * </ol>
 * The CPF participation is part of the price: when it is due, the CPF pays the rest and she pays it.
 */
public final class FundingEngine {
    /** Titles whose session kinds were computed; bounded, as a national catalogue has many distinct titles. */
    private static final int MAX_CACHED_TITLES = 50_000;

    private final RuleSet rules;
    private final List<String> schemeIds;
    private final Map<String, List<String>> kindsByTitle = new ConcurrentHashMap<>();

    public FundingEngine(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.schemeIds = rules.schemeIds();
    }

    public RuleSet rules() {
        return rules;
    }

    public FundingAnswer answer(FundingCase asGiven, FundingSession session, LocalDate on) {
        Objects.requireNonNull(asGiven, "person");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(on, "on");
        List<Message> notes = new ArrayList<>();
        FundingCase person = stillReceiving(asGiven, session, on, notes);
        ConditionEvaluator evaluator = new ConditionEvaluator(new FactValues(person, session, rules, this::kinds));
        List<Evaluated> evaluated = new ArrayList<>(schemeIds.size());
        for (String id : schemeIds) {
            evaluated.add(evaluate(id, evaluator, on));
        }
        Long price = session.priceCents();
        Set<Fact> asked = new LinkedHashSet<>();
        long certain = price == null ? 0 : price;
        long participation = 0;
        Long[] amounts = new Long[evaluated.size()];
        for (int i = 0; i < evaluated.size(); i++) {
            Evaluated e = evaluated.get(i);
            if (e.status != SchemeStatus.CERTAIN) {
                continue;
            }
            long due = e.rule.participation() == null ? 0 : participationDue(e.rule, evaluator, on, notes, asked);
            long covered = cover(e.rule, certain, due, person);
            if (e.rule.covers() == SchemeRule.Coverage.CPF && covered > 0) {
                participation += Math.min(due, certain - covered);
            }
            amounts[i] = covered;
            certain -= covered;
        }
        long possible = certain;
        for (int i = 0; i < evaluated.size(); i++) {
            Evaluated e = evaluated.get(i);
            if (e.status == SchemeStatus.POSSIBLE) {
                // Its amount is the most it could pay on its own; the possible remainder is the best case, applying
                // them in order (the second pays only what the first leaves).
                amounts[i] = cover(e.rule, certain, 0, person);
                possible -= cover(e.rule, possible, 0, person);
            } else if (e.status == SchemeStatus.NOT_ELIGIBLE) {
                amounts[i] = 0L;
            }
        }
        boolean coveredInFull = evaluated.stream().anyMatch(e -> e.status == SchemeStatus.CERTAIN
                && e.rule.covers() == SchemeRule.Coverage.REST && e.rule.ceilingEuros() == null);
        if (!coveredInFull && (price == null || certain > 0)) {
            // Only questions that can still lower what she pays: none once the certain remainder is 0.
            for (Evaluated e : evaluated) {
                if (e.status == SchemeStatus.UNKNOWN) {
                    e.unknownFacts(asked);
                }
            }
        }
        List<SchemeAnswer> schemes = new ArrayList<>();
        for (int i = 0; i < evaluated.size(); i++) {
            Evaluated e = evaluated.get(i);
            schemes.add(new SchemeAnswer(e.rule.id(), e.rule.label(), e.status, price == null ? null : amounts[i], e.checks,
                    e.rule.source(), e.rule.verification(), e.rule.validFrom(), e.rule.validTo(), e.rule.note(), e.rule.steps()));
        }
        PayEstimator.Result pay = new PayEstimator(rules, evaluator, person, session).estimate(on);
        List<String> questions = new ArrayList<>();
        asked.forEach(f -> questions.add(f.question()));
        pay.questions().forEach(q -> {
            if (!questions.contains(q)) {
                questions.add(q);
            }
        });
        notes.addAll(pay.notes());
        List<Message> said = notes.stream().distinct().toList();
        return new FundingAnswer(on, rules.version(), session, schemes, price == null ? null : certain,
                price == null ? null : possible, price == null ? null : participation, coveredInFull, pay.estimate(), questions,
                said.stream().map(MessageRenderer.french()::render).toList(), said);
    }

    /**
     * Her answers with an allowance whose end date is past when the training starts (or, with no start date, on the day
     * of the computation) counted as none, and a note that says so: an ARE ended in 2025 pays no AREF in 2027.
     */
    private static FundingCase stillReceiving(FundingCase person, FundingSession session, LocalDate on, List<Message> notes) {
        LocalDate from = session.start() != null ? session.start() : on;
        if (person.allocation() == null || person.allocation() == Allocation.AUCUNE || person.allocationEnd() == null
                || !person.allocationEnd().isBefore(from)) {
            return person;
        }
        notes.add(Message.of(session.start() != null ? "funding.note.allocation.ended" : "funding.note.allocation.endedBeforeToday",
                Param.code(person.allocation().key().toUpperCase(java.util.Locale.ROOT)), Param.date(person.allocationEnd()),
                Param.date(from)));
        return new FundingCase(person.status(), person.age(), Allocation.AUCUNE, null, person.cpfCents(), person.rqth(),
                person.departement(), person.employerOffer(), person.employerTopUp());
    }

    private List<String> kinds(String title) {
        List<String> kinds = kindsByTitle.get(title);
        if (kinds == null) {
            if (kindsByTitle.size() >= MAX_CACHED_TITLES) {
                kindsByTitle.clear();
            }
            kinds = FactValues.kinds(rules, title);
            kindsByTitle.put(title, kinds);
        }
        return kinds;
    }

    private Evaluated evaluate(String id, ConditionEvaluator evaluator, LocalDate on) {
        SchemeRule rule = rules.scheme(id, on).orElse(null);
        if (rule == null) {
            // Not in force on that date: shown as not eligible, with the entry closest to the date for its source.
            List<SchemeRule> entries = rules.entries(id);
            SchemeRule nearest = entries.stream().filter(r -> r.validFrom() != null && r.validFrom().isAfter(on)).findFirst()
                    .orElse(entries.get(entries.size() - 1));
            ConditionCheck inForce = new ConditionCheck("Dispositif en vigueur à cette date", on.toString(), false, List.of());
            return new Evaluated(nearest, List.of(inForce), List.of(), SchemeStatus.NOT_ELIGIBLE);
        }
        List<ConditionCheck> checks = new ArrayList<>();
        for (Condition c : rule.conditions()) {
            checks.add(evaluator.check(c));
        }
        SchemeStatus status;
        if (checks.stream().anyMatch(c -> Boolean.FALSE.equals(c.met()))) {
            status = SchemeStatus.NOT_ELIGIBLE;
        } else if (checks.stream().anyMatch(c -> c.met() == null)) {
            status = SchemeStatus.UNKNOWN;
        } else if (rule.decision() == SchemeRule.Decision.DECIDED
                || (rule.decidedWhen() != null && !Boolean.FALSE.equals(evaluator.check(rule.decidedWhen()).met()))) {
            status = SchemeStatus.POSSIBLE;
        } else {
            status = SchemeStatus.CERTAIN;
        }
        return new Evaluated(rule, checks, rule.conditions(), status);
    }

    /** The participation she owes if the CPF is used: 0 when exempt; when exemption is unknown, it is counted. */
    private long participationDue(SchemeRule rule, ConditionEvaluator evaluator, LocalDate on, List<Message> notes, Set<Fact> asked) {
        SchemeRule.Participation p = rule.participation();
        ConditionCheck exempt = evaluator.check(p.exemptWhen());
        if (Boolean.TRUE.equals(exempt.met())) {
            return 0;
        }
        Dated<BigDecimal> amount = rules.parameter(p.parameter()).flatMap(x -> x.at(on)).orElse(null);
        if (amount == null) {
            notes.add(Message.of("funding.note.participation.none"));
            return 0;
        }
        if (amount.carriedOver()) {
            notes.add(Message.of("funding.note.participation.carried", Param.date(amount.period().to()), Param.money(cents(amount.value()))));
        }
        if (exempt.met() == null) {
            ConditionEvaluator.unknownFacts(p.exemptWhen(), exempt, asked);
        }
        return cents(amount.value());
    }

    /** What a scheme pays out of {@code left}: the CPF balance net of the participation, or the rest up to a ceiling. */
    private static long cover(SchemeRule rule, long left, long participationDue, FundingCase person) {
        if (left <= 0) {
            return 0;
        }
        if (rule.covers() == SchemeRule.Coverage.CPF) {
            long balance = person.cpfCents() == null ? 0 : person.cpfCents();
            return Math.max(0, Math.min(balance, left - participationDue));
        }
        return rule.ceilingEuros() == null ? left : Math.min(left, cents(rule.ceilingEuros()));
    }

    static long cents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A scheme entry as checked. */
    private static final class Evaluated {
        final SchemeRule rule;
        final List<ConditionCheck> checks;
        final List<Condition> conditions;
        final SchemeStatus status;

        Evaluated(SchemeRule rule, List<ConditionCheck> checks, List<Condition> conditions, SchemeStatus status) {
            this.rule = rule;
            this.checks = checks;
            this.conditions = conditions;
            this.status = status;
        }

        void unknownFacts(Set<Fact> out) {
            for (int i = 0; i < conditions.size(); i++) {
                ConditionEvaluator.unknownFacts(conditions.get(i), checks.get(i), out);
            }
        }
    }
}
