package fr.passerelle.funding;

import java.time.LocalDate;

/**
 * Her answers, as far as they are known: every field may be null, and null always means "not asked yet", never "no".
 * Money in cents. {@code rqth} is asked for one computation and never stored; {@code employerOffer} (an employer
 * commits to hire her after the training) and {@code employerTopUp} (her employer adds to her CPF) are questions too.
 *
 * @param departement the département of her home commune ("59", "2A", "971"), or null
 */
public record FundingCase(PersonStatus status, Integer age, Allocation allocation, LocalDate allocationEnd, Long cpfCents,
                          Boolean rqth, String departement, Boolean employerOffer, Boolean employerTopUp) {
    public FundingCase {
        if (age != null && (age < 0 || age > 120)) {
            throw new IllegalArgumentException("âge impossible : " + age);
        }
        if (cpfCents != null && cpfCents < 0) {
            throw new IllegalArgumentException("solde CPF négatif");
        }
    }

    /** Nothing known. */
    public static FundingCase unknown() {
        return new FundingCase(null, null, null, null, null, null, null, null, null);
    }

    public FundingCase withRqth(Boolean value) {
        return new FundingCase(status, age, allocation, allocationEnd, cpfCents, value, departement, employerOffer, employerTopUp);
    }

    public FundingCase withEmployerOffer(Boolean value) {
        return new FundingCase(status, age, allocation, allocationEnd, cpfCents, rqth, departement, value, employerTopUp);
    }
}
