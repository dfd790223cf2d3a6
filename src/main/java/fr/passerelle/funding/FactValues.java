package fr.passerelle.funding;

import fr.passerelle.funding.rules.Fact;
import fr.passerelle.funding.rules.FunderCode;
import fr.passerelle.funding.rules.RuleSet;
import fr.passerelle.funding.rules.SessionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The value of every fact for one person and one session, null when unknown. Derived facts are computed here: how
 * the session's places are funded (from its funder codes and the rules' table) and which sorts of session its title
 * names.
 */
final class FactValues {
    private final FundingCase person;
    private final FundingSession session;
    private final RuleSet rules;
    private final Function<String, List<String>> kindsOfTitle;
    private String funding;
    private boolean fundingDone;

    /** {@code kindsOfTitle}: the session kinds a title names (the engine caches them: titles repeat across sessions). */
    FactValues(FundingCase person, FundingSession session, RuleSet rules, Function<String, List<String>> kindsOfTitle) {
        this.person = person;
        this.session = session;
        this.rules = rules;
        this.kindsOfTitle = kindsOfTitle;
    }

    FactValues(FundingCase person, FundingSession session, RuleSet rules) {
        this(person, session, rules, title -> kinds(rules, title));
    }

    /** A String, BigDecimal, Boolean or List, or null when unknown. */
    Object value(Fact fact) {
        return switch (fact) {
            case PERSON_STATUS -> person.status() == null ? null : person.status().key();
            case PERSON_AGE -> person.age() == null ? null : BigDecimal.valueOf(person.age());
            case PERSON_ALLOCATION -> person.allocation() == null ? null : person.allocation().key();
            case PERSON_CPF -> person.cpfCents() == null ? null : BigDecimal.valueOf(person.cpfCents(), 2);
            case PERSON_RQTH -> person.rqth();
            case PERSON_DEPARTEMENT -> person.departement();
            case PERSON_EMPLOYER_OFFER -> person.employerOffer();
            case PERSON_EMPLOYER_TOP_UP -> person.employerTopUp();
            case SESSION_HOURS -> session.hours() == null ? null : BigDecimal.valueOf(session.hours());
            case SESSION_FUNDING -> fundingOnce();
            case SESSION_FUNDERS -> session.funders().isEmpty() ? null : session.funders();
            case SESSION_CPF -> session.cpfEligible();
            case SESSION_KINDS -> session.title() == null ? null : kindsOfTitle.apply(session.title());
            case SESSION_DEPARTEMENT -> session.departement();
        };
    }

    /**
     * "collective" when a public buyer bought places and no individual code is given, "mixed" when both, "individual"
     * otherwise; null when the session names no funder.
     */
    private String funding() {
        if (session.funders().isEmpty()) {
            return null;
        }
        boolean publicBuyer = false;
        boolean individual = false;
        for (Integer code : session.funders()) {
            FunderCode.Group group = rules.funder(code).map(FunderCode::group).orElse(FunderCode.Group.OTHER);
            publicBuyer |= group == FunderCode.Group.PUBLIC;
            individual |= group == FunderCode.Group.INDIVIDUAL;
        }
        return publicBuyer ? (individual ? "mixed" : "collective") : "individual";
    }

    private String fundingOnce() {
        if (!fundingDone) {
            funding = funding();
            fundingDone = true;
        }
        return funding;
    }

    /** The ids of the session kinds whose words the title contains. */
    static List<String> kinds(RuleSet rules, String title) {
        String folded = SessionKind.foldTitle(title);
        List<String> out = new ArrayList<>(1);
        for (SessionKind kind : rules.sessionKinds()) {
            if (kind.matchesFolded(folded)) {
                out.add(kind.id());
            }
        }
        return List.copyOf(out);
    }

    /** The unit a counsellor says after the value, or null. */
    static String unit(Fact fact) {
        return switch (fact) {
            case PERSON_AGE -> "ans";
            case PERSON_CPF -> "€";
            case SESSION_HOURS -> "h";
            default -> null;
        };
    }

    /** The value as shown in a condition check (amounts in euros, ages as integers). */
    static Object shown(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() <= 0 ? (Object) stripped.toBigInteger() : stripped;
        }
        return value;
    }
}
