package fr.passerelle.funding;

import fr.passerelle.funding.rules.BundledRules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Builders for funding test cases: short names for the person and the session, the bundled rules. */
final class Cases {
    static final LocalDate ON = LocalDate.of(2026, 11, 30);
    static final FundingEngine ENGINE = new FundingEngine(BundledRules.get());

    private Cases() {
    }

    /** "de" / "salarie" / "non_inscrit" / "" (unknown). */
    static PersonStatus status(String key) {
        return key == null || key.isBlank() ? null : PersonStatus.parse(key).orElseThrow();
    }

    static Allocation allocation(String key) {
        return key == null || key.isBlank() ? null : Allocation.parse(key).orElseThrow();
    }

    static FundingCase person(String status, Integer age, Long cpfEuros) {
        return new FundingCase(status(status), age, Allocation.AUCUNE, null, cpfEuros == null ? null : cpfEuros * 100,
                null, "59", null, null);
    }

    /** "2,4" → [2, 4]; "" → no funder published. */
    static List<Integer> funders(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    static FundingSession session(String title, Integer hours, Long priceEuros, String funders, Boolean cpfEligible) {
        return new FundingSession(title, hours, priceEuros == null ? null : priceEuros * 100, funders(funders), cpfEligible,
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 28), "59");
    }

    static SchemeAnswer scheme(FundingAnswer a, String id) {
        return a.scheme(id).orElseThrow(() -> new AssertionError("no scheme " + id));
    }
}
