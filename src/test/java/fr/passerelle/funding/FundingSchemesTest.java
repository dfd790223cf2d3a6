package fr.passerelle.funding;

import static fr.passerelle.funding.Cases.ENGINE;
import static fr.passerelle.funding.Cases.ON;
import static fr.passerelle.funding.Cases.person;
import static fr.passerelle.funding.Cases.scheme;
import static fr.passerelle.funding.Cases.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each scheme of the bundled rules: eligible, not eligible, unknown, and its boundaries. */
class FundingSchemesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Région and France Travail buy places | de | 2,4 | certain | 4600 | 0",
            "only the trainee pays | de | 10 | not_eligible | 0 | 4600",
            "bought places and paying enrolments | de | 2,10 | possible | 4600 | 4600",
            "an OPCO buys the places | de | 16 | certain | 4600 | 0",
            "an employee is not a job seeker | salarie | 2,4 | not_eligible | 0 | 4600",
            "status not asked | '' | 2,4 | unknown | | 4600",
            "funders not published | de | '' | unknown | | 4600",
    })
    void collectivePurchase(String what, String status, String funders, String expected, Long amount, long certainLeft) {
        FundingAnswer a = ENGINE.answer(person(status, 30, 0L), session("Titre professionnel", 525, 4600L, funders, false), ON);
        SchemeAnswer s = scheme(a, "achat_collectif");
        assertEquals(expected, s.status().key(), what);
        assertEquals(amount == null ? null : amount * 100, s.amountCents(), what);
        assertEquals(certainLeft * 100, a.certainRemainingCents(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "balance below the price | de | 500 | true | certain | 500 | 490",
            "balance above the price | de | 2000 | true | certain | 990 | 0",
            "no balance | de | 0 | true | not_eligible | 0 | 990",
            "balance not asked | de | | true | unknown | | 990",
            "not CPF-eligible | de | 500 | false | not_eligible | 0 | 990",
            "eligibility not published | de | 500 | | unknown | | 990",
            "employee owes the participation | salarie | 2000 | true | certain | 886.80 | 103.20",
    })
    void cpf(String what, String status, Long cpf, Boolean eligible, String expected, String amount, String left) {
        FundingAnswer a = ENGINE.answer(person(status, 30, cpf), session("CACES R489", 35, 990L, "10", eligible), ON);
        SchemeAnswer s = scheme(a, "cpf");
        assertEquals(expected, s.status().key(), what);
        assertEquals(amount == null ? null : cents(amount), s.amountCents(), what);
        assertEquals(cents(left), a.certainRemainingCents(), what);
    }

    @ParameterizedTest(name = "on {0} an employee pays {1} €")
    @CsvSource({
            "2024-05-01, 0",
            "2024-05-02, 100",
            "2024-12-31, 100",
            "2025-01-01, 102.23",
            "2026-01-01, 103.20",
    })
    void cpfParticipationChangesOnItsDates(LocalDate on, String participation) {
        FundingAnswer a = ENGINE.answer(person("salarie", 40, 2000L), session("Anglais", 30, 1500L, "10", true), on);
        assertEquals(cents(participation), a.participationCents());
        assertEquals(cents(participation), a.certainRemainingCents(), "the CPF pays the rest of the price");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "job seeker is exempt | de | | 0",
            "employer tops up her CPF | salarie | true | 0",
            "employer does not top up | salarie | false | 103.20",
            "top-up not asked: counted, and asked | salarie | | 103.20",
    })
    void cpfParticipationExemptions(String what, String status, Boolean topUp, String participation) {
        FundingCase p = new FundingCase(Cases.status(status), 40, Allocation.AUCUNE, null, 200_000L, null, "59", null, topUp);
        FundingAnswer a = ENGINE.answer(p, session("Anglais", 30, 1500L, "10", true), ON);
        assertEquals(cents(participation), a.participationCents(), what);
        boolean asked = a.questions().stream().anyMatch(q -> q.contains("abonde"));
        assertEquals(topUp == null && status.equals("salarie"), asked, what + ": " + a.questions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "eligible | 20 | 500 | 59 | 2026-11-30 | possible",
            "17 years old | 17 | 500 | 59 | 2026-11-30 | not_eligible",
            "18 years old | 18 | 500 | 59 | 2026-11-30 | possible",
            "balance 249.99 € | 30 | 24999c | 59 | 2026-11-30 | not_eligible",
            "balance 250 € | 30 | 25000c | 59 | 2026-11-30 | possible",
            "lives in Paris | 30 | 500 | 75 | 2026-11-30 | not_eligible",
            "residence unknown | 30 | 500 | '' | 2026-11-30 | unknown",
            "before the rule was in force | 30 | 500 | 59 | 2020-11-30 | not_eligible",
            "first day in force | 30 | 500 | 59 | 2020-12-01 | possible",
    })
    void regionIndividualAid(String what, int age, String cpf, String departement, LocalDate on, String expected) {
        long cpfCents = cpf.endsWith("c") ? Long.parseLong(cpf.substring(0, cpf.length() - 1)) : Long.parseLong(cpf) * 100;
        FundingCase p = new FundingCase(PersonStatus.DE, age, Allocation.AUCUNE, null, cpfCents, null,
                departement.isBlank() ? null : departement, null, null);
        FundingAnswer a = ENGINE.answer(p, session("CACES R489", 35, 990L, "10", true), on);
        SchemeAnswer s = scheme(a, "aide_region");
        assertEquals(expected, s.status().key(), what);
        if (s.status() == SchemeStatus.POSSIBLE) {
            assertEquals(a.certainRemainingCents(), s.amountCents(), "no published ceiling: up to what is left");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "employer commits, 450 h | true | 450 | aucune | 30 | possible",
            "451 h | true | 451 | aucune | 30 | not_eligible",
            "451 h on the RSA | true | 451 | rsa | 30 | possible",
            "600 h at 55 | true | 600 | aucune | 55 | possible",
            "600 h at 54 | true | 600 | aucune | 54 | not_eligible",
            "601 h on the RSA | true | 601 | rsa | 30 | not_eligible",
            "no employer yet | false | 300 | aucune | 30 | not_eligible",
            "employer not asked | | 300 | aucune | 30 | unknown",
    })
    void poei(String what, Boolean employer, int hours, String allocation, int age, String expected) {
        FundingCase p = new FundingCase(PersonStatus.DE, age, Cases.allocation(allocation), null, 0L, null, "59", employer, null);
        FundingAnswer a = ENGINE.answer(p, session("Cariste", hours, 3000L, "10", false), ON);
        assertEquals(expected, scheme(a, "poei").status().key(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "POEC of 400 h | POEC logistique | 400 | certain",
            "POEC of 401 h | POEC logistique | 401 | not_eligible",
            "written in full | Préparation opérationnelle à l'emploi collective – vente | 300 | certain",
            "not a POEC | Titre professionnel vendeur | 300 | not_eligible",
    })
    void poec(String what, String title, int hours, String expected) {
        FundingAnswer a = ENGINE.answer(person("de", 30, 0L), session(title, hours, 2000L, "16", false), ON);
        assertEquals(expected, scheme(a, "poec").status().key(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "29 years old, apprenticeship | salarie | 29 | | possible",
            "30 years old, employee, no RQTH | salarie | 30 | false | not_eligible",
            "30 years old with an RQTH | salarie | 30 | true | possible",
            "30 years old, RQTH not asked | salarie | 30 | | unknown",
            "job seeker of 26, professionalisation | de | 40 | false | possible",
            "15 years old | salarie | 15 | false | not_eligible",
    })
    void alternance(String what, String status, int age, Boolean rqth, String expected) {
        FundingCase p = new FundingCase(Cases.status(status), age, Allocation.AUCUNE, null, 0L, rqth, "59", null, null);
        FundingAnswer a = ENGINE.answer(p, session("BTS MCO en apprentissage", 1350, 9000L, "5", false), ON);
        assertEquals(expected, scheme(a, "alternance").status().key(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RQTH, job seeker | true | de | possible",
            "no RQTH | false | de | not_eligible",
            "RQTH not asked | | de | unknown",
            "RQTH, employee | true | salarie | not_eligible",
    })
    void agefiph(String what, Boolean rqth, String status, String expected) {
        FundingCase p = new FundingCase(Cases.status(status), 40, Allocation.AUCUNE, null, 0L, rqth, "59", null, null);
        FundingAnswer a = ENGINE.answer(p, session("Comptabilité", 400, 3000L, "10", false), ON);
        assertEquals(expected, scheme(a, "agefiph").status().key(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "registered job seeker | de | possible | 990",
            "employee | salarie | not_eligible | 0",
            "not registered | non_inscrit | not_eligible | 0",
            "status not asked | '' | unknown | ",
    })
    void aif(String what, String status, String expected, Long amount) {
        FundingAnswer a = ENGINE.answer(person(status, 30, 0L), session("CACES R489", 35, 990L, "10", false), ON);
        SchemeAnswer s = scheme(a, "aif");
        assertEquals(expected, s.status().key(), what);
        assertEquals(amount == null ? null : amount * 100, s.amountCents(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Région scale 2021 | 2 | 2026-11-30 | 20 | public | 500",
            "France Travail scale before April 2024 | 4 | 2024-03-31 | 20 | rfft | 500",
            "France Travail scale from April 2024 | 4 | 2024-04-01 | 20 | rfft | 528",
            "25 years old | 10 | 2026-11-30 | 25 | rfft | 528",
            "26 years old | 10 | 2026-11-30 | 26 | rfft | 723.36",
            "17 years old | 10 | 2026-11-30 | 17 | rfft | 211.20",
    })
    void traineePayScale(String what, String funders, LocalDate on, int age, String scheme, String monthly) {
        FundingCase p = new FundingCase(PersonStatus.DE, age, Allocation.AUCUNE, null, 0L, null, "59", null, null);
        PayEstimate pay = ENGINE.answer(p, session("Titre professionnel", 525, 4600L, funders, false), on).pay();
        assertEquals(scheme, pay.scheme(), what);
        assertEquals(cents(monthly), pay.monthlyCents(), what);
        assertTrue(pay.source() != null && pay.asOf() != null, "an amount comes with its source and date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ARE until after the training | 2027-12-31 | false",
            "ARE ending during the training | 2027-03-31 | true",
    })
    void arefKeepsHerAllowanceAndWarnsWhenItEndsBefore(String what, LocalDate end, boolean rff) {
        FundingCase p = new FundingCase(PersonStatus.DE, 34, Allocation.ARE, end, 0L, null, "62", null, null);
        PayEstimate pay = ENGINE.answer(p, session("Titre professionnel", 525, 4600L, "2,4", false), ON).pay();
        assertEquals("aref", pay.scheme(), what);
        assertNull(pay.monthlyCents(), "the AREF is her own ARE amount, unknown to Passerelle");
        assertEquals(rff, pay.note().contains("756,63 €"), what + ": " + pay.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "employee | salarie | aucune | ",
            "status not asked | '' | aucune | ",
    })
    void noPayEstimateWithoutARule(String what, String status, String allocation, String ignored) {
        FundingCase p = new FundingCase(Cases.status(status), 30, Cases.allocation(allocation), null, 0L, null, "59", null, null);
        FundingAnswer a = ENGINE.answer(p, session("Anglais", 30, 1500L, "10", true), ON);
        assertNull(a.pay().scheme(), what);
        assertNull(a.pay().monthlyCents(), what);
        assertEquals(status.isBlank(), a.questions().stream().anyMatch(q -> q.contains("inscrite comme demandeuse")), what);
    }

    private static Long cents(String euros) {
        return euros == null ? null : new java.math.BigDecimal(euros).movePointRight(2).longValueExact();
    }
}
