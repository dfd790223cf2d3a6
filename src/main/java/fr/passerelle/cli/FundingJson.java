package fr.passerelle.cli;

import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.PayEstimate;
import fr.passerelle.funding.SchemeAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of a funding answer (issue 9), shared by {@code funding --json} and each training of
 * {@code path --json}: schemes[]{id, label, status, amountEuros, conditions[]{text, value, met}, source, validFrom,
 * validTo}, certainRemainingEuros, possibleRemainingEuros, participationEuros, pay{scheme, monthlyEuros, source},
 * questions[], rulesVersion. Amounts in euros (null = unknown), dates ISO.
 */
final class FundingJson {
    private FundingJson() {
    }

    static Map<String, Object> of(FundingAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", a.on().toString());
        m.put("rulesVersion", a.rulesVersion());
        m.put("priceEuros", euros(a.priceCents()));
        List<Object> schemes = new ArrayList<>();
        for (SchemeAnswer s : a.schemes()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("label", s.label());
            sm.put("status", s.status().key());
            sm.put("amountEuros", euros(s.amountCents()));
            sm.put("conditions", s.conditions().stream().map(FundingJson::condition).toList());
            sm.put("source", s.source());
            sm.put("verification", s.verification());
            sm.put("validFrom", s.validFrom() == null ? null : s.validFrom().toString());
            sm.put("validTo", s.validTo() == null ? null : s.validTo().toString());
            sm.put("note", s.note());
            sm.put("steps", s.steps());
            schemes.add(sm);
        }
        m.put("schemes", schemes);
        m.put("certainRemainingEuros", euros(a.certainRemainingCents()));
        m.put("possibleRemainingEuros", euros(a.possibleRemainingCents()));
        m.put("participationEuros", euros(a.participationCents()));
        PayEstimate p = a.pay();
        Map<String, Object> pay = new LinkedHashMap<>();
        pay.put("scheme", p.scheme());
        pay.put("label", p.label());
        pay.put("monthlyEuros", euros(p.monthlyCents()));
        pay.put("source", p.source());
        pay.put("asOf", p.asOf() == null ? null : p.asOf().toString());
        pay.put("note", p.note());
        m.put("pay", pay);
        m.put("questions", a.questions());
        m.put("notes", a.notes());
        return m;
    }

    private static Map<String, Object> condition(ConditionCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("value", c.value());
        m.put("met", c.met());
        if (!c.details().isEmpty()) {
            m.put("details", c.details().stream().map(FundingJson::condition).toList());
        }
        return m;
    }

    static BigDecimal euros(Long cents) {
        return cents == null ? null : PathJson.euros(cents);
    }
}
