package fr.passerelle.cli;

import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code funding} computed for, echoed: a French header line, or the "person" and "session" JSON objects. */
final class FundingEcho {
    private FundingEcho() {
    }

    static String header(FundingCase p, FundingSession s) {
        List<String> who = new ArrayList<>();
        who.add(p.status() == null ? "statut non renseigné" : p.status().label());
        if (p.age() != null) {
            who.add(p.age() + " ans");
        }
        if (p.allocation() != null) {
            who.add(p.allocation().label() + (p.allocationEnd() == null ? "" : " jusqu'au " + FrenchFormats.date(p.allocationEnd())));
        }
        who.add("CPF " + (p.cpfCents() == null ? "non renseigné" : FrenchFormats.money(p.cpfCents())));
        if (p.departement() != null) {
            who.add("habite dans le " + p.departement());
        }
        List<String> what = new ArrayList<>();
        what.add(s.title() == null ? "Formation" : s.title());
        what.add(s.hours() == null ? "durée inconnue" : FrenchFormats.hours(s.hours()));
        what.add(s.priceCents() == null ? "prix inconnu" : FrenchFormats.money(s.priceCents()));
        if (s.start() != null) {
            what.add("début le " + FrenchFormats.date(s.start()));
        }
        return String.join(", ", what) + "\nPour elle : " + String.join(", ", who) + ".\n";
    }

    static Map<String, Object> person(FundingCase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", p.status() == null ? null : p.status().key());
        m.put("age", p.age());
        m.put("allocation", p.allocation() == null ? null : p.allocation().key());
        m.put("allocationEnd", p.allocationEnd() == null ? null : p.allocationEnd().toString());
        m.put("cpfEuros", FundingJson.euros(p.cpfCents()));
        m.put("departement", p.departement());
        m.put("rqth", p.rqth());
        m.put("employerOffer", p.employerOffer());
        return m;
    }

    static Map<String, Object> session(FundingSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("hours", s.hours());
        m.put("costEuros", FundingJson.euros(s.priceCents()));
        m.put("funders", s.funders());
        m.put("cpfEligible", s.cpfEligible());
        m.put("start", s.start() == null ? null : s.start().toString());
        m.put("end", s.end() == null ? null : s.end().toString());
        m.put("departement", s.departement());
        return m;
    }
}
