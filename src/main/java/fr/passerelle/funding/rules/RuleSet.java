package fr.passerelle.funding.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated set of funding rules: a version, the LHEO funder codes, session kinds, dated parameters and scales, the
 * schemes in the order they apply, and the pay rules. Immutable; built by {@link RuleSetReader}.
 */
public record RuleSet(String version, LocalDate published, String publisher, List<FunderCode> funders,
                      List<SessionKind> sessionKinds, List<Parameter> parameters, List<Scale> scales,
                      List<SchemeRule> schemes, List<PayRule> pay) {
    public static final String FORMAT = "passerelle.funding/1";

    public RuleSet {
        funders = List.copyOf(funders);
        sessionKinds = List.copyOf(sessionKinds);
        parameters = List.copyOf(parameters);
        scales = List.copyOf(scales);
        schemes = List.copyOf(schemes);
        pay = List.copyOf(pay);
    }

    public Optional<FunderCode> funder(int code) {
        return funders.stream().filter(f -> f.code() == code).findFirst();
    }

    /** Scheme ids in the order of their first entry: the order in which they apply. */
    public List<String> schemeIds() {
        Set<String> ids = new LinkedHashSet<>();
        schemes.forEach(s -> ids.add(s.id()));
        return new ArrayList<>(ids);
    }

    /** Every entry of a scheme (several when its rule changed at a date). */
    public List<SchemeRule> entries(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).toList();
    }

    /** The entry of a scheme in force on the date. */
    public Optional<SchemeRule> scheme(String id, LocalDate date) {
        return schemes.stream().filter(s -> s.id().equals(id) && s.inForce(date)).findFirst();
    }

    public Optional<Parameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Scale> scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
