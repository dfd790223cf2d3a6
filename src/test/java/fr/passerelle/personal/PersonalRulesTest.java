package fr.passerelle.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argon2id settings against OWASP, passphrase rules, throttling, inactivity and retention, on an injected clock. */
class PersonalRulesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest(name = "{0} KiB × {1} → {2}")
    @CsvSource({"47104,1,true", "47103,1,false", "19456,2,true", "19455,2,false", "12288,3,true", "9216,4,true",
            "7168,5,true", "7167,5,false", "65536,3,true", "65536,1,true", "19456,1,false"})
    void owaspMinimumRows(int memory, int iterations, boolean meets) {
        assertEquals(meets, new KdfParameters(memory, iterations, 1).meetsOwaspMinimum());
    }

    @Test
    void theDefaultSettingsMeetOwasp() {
        assertTrue(KdfParameters.DEFAULT.meetsOwaspMinimum());
        assertTrue(KdfParameters.OWASP_MINIMUM.meetsOwaspMinimum());
    }

    @ParameterizedTest(name = "« {0} » / « {1} » → {2}")
    @CsvSource(delimiter = '|', value = {
            "court|court|au moins 12 caractères",
            "aaaaaaaaaaaaaaaa|aaaaaaaaaaaaaaaa|trop répétitive",
            "le merle chante|le merle chantE|diffèrent",
            "le merle chante|le merle chante|"})
    void passphraseRules(String pass, String confirmation, String problem) {
        var found = PassphraseRules.problem(pass.toCharArray(), confirmation.toCharArray());
        if (problem == null) {
            assertTrue(found.isEmpty(), found.toString());
        } else {
            assertTrue(found.orElseThrow().contains(problem), found.toString());
        }
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWaitLongerAndASuccessResets() {
        MutableClock clock = new MutableClock(T0);
        UnlockThrottle throttle = new UnlockThrottle(clock);
        throttle.failed();
        throttle.failed();
        assertEquals(Duration.ZERO, throttle.waitRemaining(), "two typos cost nothing");

        throttle.failed();
        assertEquals(Duration.ofSeconds(2), throttle.waitRemaining());
        clock.advance(Duration.ofSeconds(2));
        throttle.failed();
        assertEquals(Duration.ofSeconds(4), throttle.waitRemaining());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(3), throttle.waitRemaining());

        clock.advance(Duration.ofSeconds(3));
        throttle.succeeded();
        throttle.failed();
        assertEquals(Duration.ZERO, throttle.waitRemaining());
    }

    @Test
    void theDelayNeverExceedsOneMinute() {
        assertEquals(UnlockThrottle.MAX_DELAY, UnlockThrottle.delayAfter(50));
    }

    @Test
    void locksAfterTheTimeoutWithoutActivityAndNotBefore() {
        MutableClock clock = new MutableClock(T0);
        InactivityLock lock = new InactivityLock(clock, InactivityLock.DEFAULT_TIMEOUT);
        clock.advance(Duration.ofMinutes(9));
        assertFalse(lock.due());
        lock.touch();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertFalse(lock.due(), "activity restarted the count");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(lock.due());
    }

    @ParameterizedTest(name = "touched {0}, support ended {1}, today {2} → expired {3}")
    @CsvSource({
            "2025-03-01,,2026-03-01,true",
            "2025-03-02,,2026-03-01,false",
            "2025-03-01,2025-09-30,2026-03-01,false",
            "2025-03-01,2025-09-30,2026-09-30,true",
            "2025-10-01,2025-03-01,2026-09-30,false"})
    void retentionCountsFromTheLaterOfLastActivityAndEndOfSupport(LocalDate touched, LocalDate supportEnd, LocalDate today,
                                                                 boolean expired) {
        Instant last = touched.atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant now = today.atTime(8, 0).toInstant(ZoneOffset.UTC);

        assertEquals(expired, RetentionPolicy.DEFAULT.expired(last, supportEnd, now, ZoneOffset.UTC));
    }
}
