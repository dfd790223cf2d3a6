package fr.passerelle.cli;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.FundingSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code funding} computed for, echoed: a header line in the run's language, or the "person" and "session" JSON objects. */
final class FundingEcho {
    private FundingEcho() {
    }

    static String header(FundingCase p, FundingSession s) {
        return header(p, s, MessageRenderer.french());
    }

    /** The training, then who she is, in the run's language: "Formation, 400 h, 2 500 €\nPour elle : …, CPF 1 200 €.". */
    static String header(FundingCase p, FundingSession s, MessageRenderer in) {
        List<Message> who = new ArrayList<>();
        who.add(Message.of(p.status() == null ? "funding.echo.status.unknown" : "funding.echo.status." + p.status().key()));
        if (p.age() != null) {
            who.add(Message.of("funding.echo.age", Param.number(p.age())));
        }
        if (p.allocation() != null) {
            Message allocation = Message.of("funding.echo.allocation." + p.allocation().key());
            who.add(p.allocationEnd() == null ? allocation
                    : Message.of("funding.echo.allocation.until", Param.of(allocation), Param.date(p.allocationEnd())));
        }
        who.add(p.cpfCents() == null ? Message.of("funding.echo.cpf.unknown") : Message.of("funding.echo.cpf", Param.money(p.cpfCents())));
        if (p.departement() != null) {
            who.add(Message.of("funding.echo.lives", Param.code(p.departement())));
        }
        List<Message> what = new ArrayList<>();
        what.add(s.title() == null ? Message.of("funding.echo.training") : FundingMessages.data(s.title()));
        what.add(s.hours() == null ? Message.of("funding.echo.hours.unknown") : Message.of("funding.amount", Param.hours(s.hours())));
        what.add(s.priceCents() == null ? Message.of("funding.echo.price.unknown") : FundingMessages.money(s.priceCents()));
        if (s.start() != null) {
            what.add(Message.of("funding.echo.start", Param.date(s.start())));
        }
        return in.render(FundingMessages.list("funding.echo.list", what)) + "\n"
                + in.render(Message.of("funding.echo.for", Param.of(FundingMessages.list("funding.echo.list", who)))) + "\n";
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
