package fr.passerelle.generate;

/**
 * Fictitious SIREN/SIRET numbers that pass the Luhn check, as real ones do. The 8-digit body of the SIREN is a
 * bijection of an index over 0..10^8, so distinct indexes give distinct SIRENs (companies take indexes below
 * 5·10^7, training organisations the ones above). Nothing marks them as fictitious in the digits themselves: the
 * names that go with them do.
 */
final class Siret {
    private static final long SPACE = 100_000_000L;
    /** Odd and not multiples of 5: invertible modulo 10^8. */
    private static final long MULTIPLIER_1 = 61_803_399L;
    private static final long MULTIPLIER_2 = 27_182_817L;
    private static final long OFFSET = 7_340_017L;
    static final long ORGANISATION_BASE = 50_000_000L;

    private Siret() {
    }

    /** The 9-digit SIREN of index {@code index} (0 ≤ index < 10^8). */
    static String siren(long index) {
        if (index < 0 || index >= SPACE) {
            throw new IllegalArgumentException("index " + index);
        }
        // affine, swap of the two 4-digit halves, affine again: each step is a bijection of 0..10^8-1
        long x = (index * MULTIPLIER_1 + OFFSET) % SPACE;
        x = (x % 10_000) * 10_000 + x / 10_000;
        long body = (x * MULTIPLIER_2 + OFFSET) % SPACE;
        String digits = pad(body, 8);
        return digits + checkDigit(digits);
    }

    /** A 14-digit SIRET: the SIREN, a 4-digit establishment number, then the digit that makes the whole Luhn-valid. */
    static String siret(String siren, int establishment) {
        String body = siren + pad(establishment, 4);
        return body + checkDigit(body);
    }

    /** True when {@code digits} passes the Luhn check (every second digit from the right doubled). */
    static boolean isLuhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The digit to append to {@code payload} so that the result is Luhn-valid. */
    static char checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true;   // the check digit will be rightmost, so the payload's last digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
