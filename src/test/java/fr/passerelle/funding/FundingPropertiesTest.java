package fr.passerelle.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of every answer over random people and sessions (a seeded loop: a failure prints its seed and case):
 * 0 ≤ certain remainder ≤ price, possible ≤ certain, no scheme certain with an unknown condition, unknown price ⇒
 * every amount unknown.
 */
class FundingPropertiesTest {
    private static final long SEED = 20261130L;
    private static final int CASES = 20_000;

    @Test
    void everyAnswerKeepsItsInvariants() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            FundingCase person = person(random);
            FundingSession session = session(random);
            LocalDate on = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 9));
            FundingAnswer a = Cases.ENGINE.answer(person, session, on);
            String where = "seed " + SEED + ", case " + i + ": " + person + " / " + session + " on " + on;
            check(a, where);
        }
    }

    private static void check(FundingAnswer a, String where) {
        if (a.priceCents() == null) {
            assertNull(a.certainRemainingCents(), where);
            assertNull(a.possibleRemainingCents(), where);
            assertNull(a.participationCents(), where);
            a.schemes().forEach(s -> assertNull(s.amountCents(), where + " " + s.id()));
        } else {
            long price = a.priceCents();
            long certain = a.certainRemainingCents();
            assertTrue(certain >= 0 && certain <= price, where + " certain " + certain);
            assertTrue(a.possibleRemainingCents() >= 0 && a.possibleRemainingCents() <= certain, where);
            assertTrue(a.participationCents() >= 0 && a.participationCents() <= certain, where);
            long paidForSure = a.schemes().stream().filter(s -> s.status() == SchemeStatus.CERTAIN)
                    .mapToLong(SchemeAnswer::amountCents).sum();
            assertEquals(price - certain, paidForSure, where + ": the certain schemes pay exactly price − certain remainder");
            for (SchemeAnswer s : a.schemes()) {
                if (s.status() == SchemeStatus.UNKNOWN) {
                    assertNull(s.amountCents(), where + ": an unknown scheme pays an unknown amount, never 0 " + s.id());
                    continue;
                }
                assertNotNull(s.amountCents(), where + " " + s.id());
                assertTrue(s.amountCents() >= 0 && s.amountCents() <= price, where + " " + s.id());
                if (s.status() == SchemeStatus.NOT_ELIGIBLE) {
                    assertEquals(0L, s.amountCents(), where + " " + s.id());
                }
            }
        }
        for (SchemeAnswer s : a.schemes()) {
            boolean anyUnknown = s.conditions().stream().anyMatch(c -> c.met() == null);
            boolean anyFalse = s.conditions().stream().anyMatch(c -> Boolean.FALSE.equals(c.met()));
            if (s.status() == SchemeStatus.CERTAIN || s.status() == SchemeStatus.POSSIBLE) {
                assertTrue(!anyUnknown && !anyFalse, where + ": " + s.id() + " " + s.status() + " with " + s.conditions());
            }
            if (s.status() == SchemeStatus.UNKNOWN) {
                assertTrue(anyUnknown && !anyFalse, where + " " + s.id());
            }
        }
    }

    private static FundingCase person(Random r) {
        PersonStatus status = pick(r, PersonStatus.values());
        Allocation allocation = pick(r, Allocation.values());
        Integer age = r.nextInt(6) == 0 ? null : 16 + r.nextInt(50);
        Long cpf = r.nextInt(6) == 0 ? null : (long) r.nextInt(6) * 25_000 + (r.nextBoolean() ? 0 : r.nextInt(100_000));
        LocalDate end = allocation == Allocation.ARE && r.nextBoolean() ? LocalDate.of(2027, 1 + r.nextInt(12), 1) : null;
        String dep = r.nextInt(5) == 0 ? null : r.nextBoolean() ? "59" : "75";
        return new FundingCase(status, age, allocation, end, cpf, bool(r), dep, bool(r), bool(r));
    }

    private static FundingSession session(Random r) {
        String[] titles = {"Titre professionnel Vendeur", "POEC logistique", "CAP cuisine en apprentissage", "CACES R489", null};
        List<Integer> funders = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int code = r.nextInt(21);
            if (code != 1 && !funders.contains(code)) {
                funders.add(code);
            }
        }
        Long price = r.nextInt(8) == 0 ? null : r.nextInt(4) == 0 ? (long) r.nextInt(20_000) : (long) r.nextInt(1_200_000);
        Integer hours = r.nextInt(8) == 0 ? null : 7 + r.nextInt(1500);
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(700));
        return new FundingSession(titles[r.nextInt(titles.length)], hours, price, funders, bool(r), start,
                start.plusDays(r.nextInt(400)), r.nextBoolean() ? "59" : null);
    }

    private static Boolean bool(Random r) {
        int v = r.nextInt(3);
        return v == 0 ? null : v == 1;
    }

    private static <T> T pick(Random r, T[] values) {
        int i = r.nextInt(values.length + 1);
        return i == values.length ? null : values[i];
    }
}
