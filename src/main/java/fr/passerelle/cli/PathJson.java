package fr.passerelle.cli;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.LiveOffers;
import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.RescueOption;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of {@code path --json} (design.md §4): profile, occupations with rome/label/score/reasons/demand/
 * trainings/companies, rescue, dataAsOf. Money in euros (decimal), distances in km; every score carries its detail.
 * Each training's {@code remainingEuros} is the certain remainder of its {@code funding} answer (see {@link FundingJson}).
 */
final class PathJson {
    private PathJson() {
    }

    static Map<String, Object> of(PathResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        JobSeekerProfile p = result.profile();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("rome", p.rome().value());
        profile.put("romeLabel", result.sourceLabel());
        profile.put("commune", p.commune().value());
        profile.put("communeName", result.communeName());
        profile.put("radiusKm", p.radiusKm());
        profile.put("level", p.level().key());
        profile.put("maxHours", p.maxHours());
        profile.put("cpfEuros", euros(p.cpfCents()));
        profile.put("budgetEuros", euros(p.budgetCents()));
        profile.put("remote", p.remote());
        profile.put("status", p.status() == null ? null : p.status().key());
        profile.put("age", p.age());
        profile.put("allocation", p.allocation() == null ? null : p.allocation().key());
        profile.put("allocationEnd", p.allocationEnd() == null ? null : p.allocationEnd().toString());
        root.put("profile", profile);
        List<Object> occupations = new ArrayList<>();
        for (TargetOccupation t : result.occupations()) {
            occupations.add(occupation(t));
        }
        root.put("occupations", occupations);
        List<Object> rescue = new ArrayList<>();
        for (RescueOption r : result.rescue()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind());
            m.put("description", r.description());
            m.put("occupations", r.occupations());
            m.put("trainings", r.trainings());
            m.put("companies", r.companies());
            rescue.add(m);
        }
        root.put("rescue", rescue);
        root.put("dataAsOf", result.dataAsOf());
        return root;
    }

    private static Map<String, Object> occupation(TargetOccupation t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rome", t.rome());
        m.put("label", t.label());
        m.put("horizon", t.horizon().key());
        m.put("horizonReason", reason(t.horizonReason()));
        m.put("regulated", t.regulated());
        m.put("access", access(t.access()));
        m.put("score", t.score());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("proximity", t.detail().proximity());
        detail.put("demand", t.detail().demand());
        detail.put("effort", t.detail().effort());
        // In the rule's order, as the contract lists it: Map.of would change the order from one JVM to the next.
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("proximity", t.detail().weights().proximity());
        weights.put("demand", t.detail().weights().demand());
        weights.put("effort", t.detail().weights().effort());
        detail.put("weights", weights);
        detail.put("rule", "score = " + t.detail().weights().proximity() + "·proximity + " + t.detail().weights().demand()
                + "·demand + " + t.detail().weights().effort() + "·effort");
        m.put("scoreDetail", detail);
        List<Object> reasons = new ArrayList<>();
        for (Reason r : t.reasons()) {
            reasons.add(reason(r));
        }
        m.put("reasons", reasons);
        m.put("sharedSkills", t.sharedSkills());
        m.put("missingSkills", t.missingSkills());
        m.put("targetDiplomas", t.targetDiplomas());
        m.put("demand", demand(t.demand()));
        m.put("noTrainingNeeded", t.noTrainingNeeded());
        m.put("trainingsFound", t.trainingsFound());
        List<Object> trainings = new ArrayList<>();
        for (TrainingOption o : t.trainings()) {
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("title", o.title());
            tr.put("provider", o.provider());
            tr.put("hours", o.hours());
            tr.put("costEuros", o.costCents() == null ? null : euros(o.costCents()));
            tr.put("remainingEuros", o.remainingCents() == null ? null : euros(o.remainingCents()));
            tr.put("affordable", o.affordable());
            tr.put("start", o.start() == null ? null : o.start().toString());
            tr.put("end", o.end() == null ? null : o.end().toString());
            tr.put("commune", o.communeInsee());
            tr.put("city", o.city());
            tr.put("distanceKm", o.distanceKm());
            tr.put("remote", o.remote());
            tr.put("certification", o.certification());
            tr.put("funders", o.funders());
            tr.put("cpfEligible", o.cpfEligible());
            tr.put("session", o.sessionId());
            tr.put("funding", o.funding() == null ? null : FundingJson.of(o.funding()));
            trainings.add(tr);
        }
        m.put("trainings", trainings);
        m.put("companiesFound", t.companiesFound());
        List<Object> companies = new ArrayList<>();
        for (CompanyOption c : t.companies()) {
            Map<String, Object> co = new LinkedHashMap<>();
            co.put("name", c.name());
            co.put("siret", c.siret());
            co.put("naf", c.nafCode());
            co.put("commune", c.communeInsee());
            co.put("communeName", c.commune());
            co.put("distanceKm", c.distanceKm());
            co.put("hiringScore", c.hiringScore());
            co.put("scoreSource", c.estimated() ? "estimated" : "published");
            co.put("why", c.why());
            companies.add(co);
        }
        m.put("companies", companies);
        m.put("liveOffers", liveOffers(t.liveOffers()));
        return m;
    }

    /** Null when the cache holds no fetched offers; {@code fetchedOn} and {@code date} are ISO days. */
    private static Map<String, Object> liveOffers(LiveOffers offers) {
        if (offers == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", offers.count());
        m.put("unplaced", offers.unplaced());
        m.put("fetchedOn", offers.fetchedOn() == null ? null : offers.fetchedOn().toString());
        List<Object> latest = new ArrayList<>();
        for (LiveOffers.Offer o : offers.latest()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("title", o.title());
            one.put("employer", o.employer());
            one.put("commune", o.commune());
            one.put("date", o.date() == null ? null : o.date().toString());
            one.put("contract", o.contract());
            latest.add(one);
        }
        m.put("latest", latest);
        return m;
    }

    private static Map<String, Object> reason(Reason r) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("kind", r.kind());
        reason.put("text", r.text());
        // The sentence as a key and typed parameters (engine/words/reasons*.properties), to say it in another language.
        reason.put("key", r.key());
        reason.put("params", ReasonJson.params(r.params()));
        reason.put("rule", r.rule());
        reason.put("data", r.data());
        return reason;
    }

    /** How one enters the occupation: the required title (our sourced table) and the ROME's own text. */
    private static Map<String, Object> access(Access a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requirement", a.requirement());
        m.put("usualLength", a.usualLength());
        m.put("usualMonths", a.usualMonths());
        m.put("reference", a.reference());
        m.put("source", a.source());
        m.put("romeText", a.romeText());
        m.put("entryLevel", a.entryLevel());
        m.put("openAccess", a.openAccess());
        return m;
    }

    private static Map<String, Object> demand(Demand d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", d.level());
        m.put("territory", d.territory());
        m.put("where", d.where());
        m.put("trust", d.trust());
        m.put("year", d.year());
        m.put("offers", d.offers());
        m.put("jobSeekers", d.jobSeekers());
        m.put("offersPerJobSeeker", round(d.offersPerJobSeeker()));
        m.put("currentOffersPerJobSeeker", round(d.currentOffersPerJobSeeker()));
        m.put("gainPercent", d.gainPercent());
        m.put("betterMarket", d.betterMarket());
        m.put("tension", d.tension());
        m.put("offersInDepartement", d.offersInDepartement());
        m.put("departement", d.departement());
        m.put("offersDate", d.offersDate() == null ? null : d.offersDate().toString());
        m.put("bmoDifficultyPercent", d.bmoDifficultyPercent());
        m.put("bmoYear", d.bmoYear());
        return m;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().max(BigDecimal.ZERO).setScale(Math.max(0,
                BigDecimal.valueOf(cents, 2).stripTrailingZeros().scale()));
    }
}
