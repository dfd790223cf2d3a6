package fr.passerelle.funding.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates a rules document (YAML, or JSON with the same fields). Everything is checked before anything is
 * used: unknown fields, facts and values, dates, overlapping periods, references to parameters and scales. The first
 * problem found is reported with its line.
 */
public final class RuleSetReader {
    private static final Set<String> ROOT = Set.of("format", "version", "published", "publisher", "funders", "sessionKinds",
            "parameters", "scales", "schemes", "pay");
    private static final Set<String> SCHEME = Set.of("id", "label", "decision", "decidedWhen", "conditions", "covers",
            "ceilingEuros", "participation", "validFrom", "validTo", "note", "steps", "source", "verification");
    private static final Set<String> PAY = Set.of("id", "label", "conditions", "amount", "scale", "capParameter", "note",
            "source", "verification");
    private static final Set<String> PERIOD = Set.of("from", "to", "value", "brackets", "source");

    private RuleSetReader() {
    }

    public static RuleSet read(String text) throws RuleSetException {
        Fields root = new Fields(TreeParser.parse(text), "règles", ROOT);
        String format = root.text("format");
        if (!format.equals(RuleSet.FORMAT)) {
            throw new RuleSetException(root.node("format").line(), "format « " + format + " » non pris en charge (attendu : "
                    + RuleSet.FORMAT + ")");
        }
        String version = root.text("version");
        LocalDate published = root.optDate("published");
        List<FunderCode> funders = funders(root);
        Set<Integer> codes = new HashSet<>();
        funders.forEach(f -> codes.add(f.code()));
        List<SessionKind> kinds = kinds(root);
        Set<String> kindIds = new HashSet<>();
        kinds.forEach(k -> kindIds.add(k.id()));
        ConditionReader conditions = new ConditionReader(kindIds, codes);
        List<Parameter> parameters = parameters(root);
        List<Scale> scales = scales(root);
        Set<String> parameterIds = new HashSet<>();
        parameters.forEach(p -> parameterIds.add(p.id()));
        Set<String> scaleIds = new HashSet<>();
        scales.forEach(s -> scaleIds.add(s.id()));
        List<SchemeRule> schemes = new ArrayList<>();
        for (Node n : root.list("schemes")) {
            SchemeRule rule = scheme(n, conditions, parameterIds);
            for (SchemeRule other : schemes) {
                if (other.id().equals(rule.id()) && overlap(other, rule)) {
                    throw new RuleSetException(rule.line(), "dispositif « " + rule.id() + " » : sa période de validité chevauche celle de l'entrée de la ligne "
                            + other.line() + " (fermez l'ancienne avec validTo)");
                }
            }
            schemes.add(rule);
        }
        if (schemes.isEmpty()) {
            throw new RuleSetException(root.node("schemes").line(), "aucun dispositif dans « schemes »");
        }
        List<PayRule> pay = new ArrayList<>();
        Set<String> payIds = new HashSet<>();
        for (Node n : root.optList("pay")) {
            PayRule rule = pay(n, conditions, parameterIds, scaleIds);
            if (!payIds.add(rule.id())) {
                throw new RuleSetException(rule.line(), "rémunération « " + rule.id() + " » déclarée deux fois");
            }
            pay.add(rule);
        }
        return new RuleSet(version, published, root.optText("publisher"), funders, kinds, parameters, scales, schemes, pay);
    }

    private static List<FunderCode> funders(Fields root) throws RuleSetException {
        List<FunderCode> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Node n : root.list("funders")) {
            Fields f = new Fields(n, "financeur", Set.of("code", "label", "group"));
            Integer code = f.optInt("code");
            if (code == null || !seen.add(code)) {
                throw new RuleSetException(f.line(), "financeur : code manquant ou répété");
            }
            String group = f.choice("group", Set.of("public", "individual", "other"));
            out.add(new FunderCode(code, f.text("label"), FunderCode.Group.valueOf(group.toUpperCase(java.util.Locale.ROOT))));
        }
        return out;
    }

    private static List<SessionKind> kinds(Fields root) throws RuleSetException {
        List<SessionKind> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : root.optList("sessionKinds")) {
            Fields f = new Fields(n, "sorte de session", Set.of("id", "label", "titleWords"));
            String id = f.text("id");
            List<String> words = f.texts("titleWords");
            if (!seen.add(id) || words.isEmpty()) {
                throw new RuleSetException(f.line(), "sorte de session « " + id + " » répétée ou sans mots d'intitulé");
            }
            out.add(new SessionKind(id, f.text("label"), words));
        }
        return out;
    }

    private static List<Parameter> parameters(Fields root) throws RuleSetException {
        List<Parameter> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : root.optList("parameters")) {
            Fields f = new Fields(n, "paramètre", Set.of("id", "label", "unit", "values"));
            String id = f.text("id");
            if (!seen.add(id)) {
                throw new RuleSetException(f.line(), "paramètre « " + id + " » déclaré deux fois");
            }
            List<Period<BigDecimal>> values = new ArrayList<>();
            for (Node v : f.list("values")) {
                Fields p = new Fields(v, "paramètre " + id, PERIOD);
                values.add(period(p, p.amount("value"), values, "paramètre " + id));
            }
            out.add(new Parameter(f.line(), id, f.text("label"), f.optText("unit"), values));
        }
        return out;
    }

    private static List<Scale> scales(Fields root) throws RuleSetException {
        List<Scale> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : root.optList("scales")) {
            Fields f = new Fields(n, "barème", Set.of("id", "label", "values"));
            String id = f.text("id");
            if (!seen.add(id)) {
                throw new RuleSetException(f.line(), "barème « " + id + " » déclaré deux fois");
            }
            List<Period<List<Scale.Bracket>>> values = new ArrayList<>();
            for (Node v : f.list("values")) {
                Fields p = new Fields(v, "barème " + id, PERIOD);
                values.add(period(p, brackets(p, id), values, "barème " + id));
            }
            out.add(new Scale(f.line(), id, f.text("label"), values));
        }
        return out;
    }

    private static List<Scale.Bracket> brackets(Fields p, String id) throws RuleSetException {
        List<Scale.Bracket> out = new ArrayList<>();
        for (Node b : p.list("brackets")) {
            Fields f = new Fields(b, "barème " + id + ", tranche", Set.of("minAge", "maxAge", "euros"));
            Scale.Bracket bracket = new Scale.Bracket(f.optInt("minAge"), f.optInt("maxAge"), f.amount("euros"));
            for (int age = 0; age <= 120; age++) {
                int a = age;
                if (bracket.contains(a) && out.stream().anyMatch(o -> o.contains(a))) {
                    throw new RuleSetException(f.line(), "barème " + id + " : l'âge " + a + " est dans deux tranches");
                }
            }
            out.add(bracket);
        }
        return out;
    }

    private static <T> Period<T> period(Fields p, T value, List<Period<T>> before, String what) throws RuleSetException {
        LocalDate from = p.optDate("from");
        LocalDate to = p.optDate("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleSetException(p.line(), what + " : « to » (" + to + ") avant « from » (" + from + ")");
        }
        Period<T> period = new Period<>(p.line(), from, to, value, p.text("source"));
        for (Period<T> other : before) {
            if (period.overlaps(other)) {
                throw new RuleSetException(p.line(), what + " : période chevauchant celle de la ligne " + other.line());
            }
        }
        return period;
    }

    private static SchemeRule scheme(Node n, ConditionReader conditions, Set<String> parameterIds) throws RuleSetException {
        Fields f = new Fields(n, "dispositif", SCHEME);
        String id = f.text("id");
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new RuleSetException(f.line(), "dispositif « " + id + " » : id en minuscules, chiffres et _");
        }
        String what = "dispositif " + id;
        Fields g = new Fields(n, what, SCHEME); // the same object, read again so that every message names the scheme
        SchemeRule.Decision decision = SchemeRule.Decision.valueOf(g.choice("decision", Set.of("automatic", "decided"))
                .toUpperCase(java.util.Locale.ROOT));
        SchemeRule.Coverage covers = SchemeRule.Coverage.valueOf(g.choice("covers", Set.of("rest", "cpf")).toUpperCase(java.util.Locale.ROOT));
        SchemeRule.Participation participation = null;
        if (g.has("participation")) {
            Fields p = new Fields(g.node("participation"), what + ", participation", Set.of("parameter", "exemptWhen"));
            String parameter = p.text("parameter");
            if (!parameterIds.contains(parameter)) {
                throw new RuleSetException(p.line(), what + " : paramètre « " + parameter + " » non déclaré dans « parameters »");
            }
            participation = new SchemeRule.Participation(parameter, conditions.read(p.node("exemptWhen"), what));
        }
        if (participation != null && covers != SchemeRule.Coverage.CPF) {
            throw new RuleSetException(g.line(), what + " : une participation ne va qu'avec covers: cpf");
        }
        LocalDate from = g.optDate("validFrom");
        LocalDate to = g.optDate("validTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleSetException(g.line(), what + " : validTo (" + to + ") avant validFrom (" + from + ")");
        }
        return new SchemeRule(g.line(), id, g.text("label"), decision,
                g.has("decidedWhen") ? conditions.read(g.node("decidedWhen"), what) : null,
                conditions.list(g.optList("conditions"), what), covers, g.optAmount("ceilingEuros"), participation, from, to,
                g.optText("note"), g.texts("steps"), g.text("source"), g.optText("verification"));
    }

    private static PayRule pay(Node n, ConditionReader conditions, Set<String> parameterIds, Set<String> scaleIds)
            throws RuleSetException {
        Fields f = new Fields(n, "rémunération", PAY);
        String id = f.text("id");
        String what = "rémunération " + id;
        PayRule.Amount amount = PayRule.Amount.valueOf(f.choice("amount", Set.of("allocation", "scale")).toUpperCase(java.util.Locale.ROOT));
        String scale = f.optText("scale");
        if (amount == PayRule.Amount.SCALE && (scale == null || !scaleIds.contains(scale))) {
            throw new RuleSetException(f.line(), what + " : barème « " + scale + " » non déclaré dans « scales »");
        }
        String cap = f.optText("capParameter");
        if (cap != null && !parameterIds.contains(cap)) {
            throw new RuleSetException(f.line(), what + " : paramètre « " + cap + " » non déclaré dans « parameters »");
        }
        return new PayRule(f.line(), id, f.text("label"), conditions.list(f.optList("conditions"), what), amount, scale, cap,
                f.optText("note"), f.text("source"), f.optText("verification"));
    }

    private static boolean overlap(SchemeRule a, SchemeRule b) {
        boolean aStartsBeforeBEnds = a.validFrom() == null || b.validTo() == null || !a.validFrom().isAfter(b.validTo());
        boolean aEndsAfterBStarts = a.validTo() == null || b.validFrom() == null || !a.validTo().isBefore(b.validFrom());
        return aStartsBeforeBEnds && aEndsAfterBStarts;
    }

    /** Scheme ids every complete rule set should have (the CLI contract names them); a missing one is only reported. */
    public static Set<String> expectedSchemes() {
        return new LinkedHashSet<>(List.of("achat_collectif", "cpf", "aif", "aide_region", "poei", "poec", "alternance", "agefiph"));
    }
}
