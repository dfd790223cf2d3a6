package fr.passerelle.generate;

/** Locale-free number formatting (String.format is slow and depends on the default locale). */
final class Fmt {
    private Fmt() {
    }

    /** {@code value} with exactly six decimals and a decimal point: 50.631855, -0.000120. */
    static String decimal6(double value) {
        long micro = Math.round(value * 1_000_000d);
        StringBuilder sb = new StringBuilder(12);
        if (micro < 0) {
            sb.append('-');
            micro = -micro;
        }
        sb.append(micro / 1_000_000).append('.');
        String frac = Long.toString(micro % 1_000_000);
        for (int i = frac.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }

    /** Euros from cents, with two decimals: 452000 → "4520.00". */
    static String euros(long cents) {
        String c = Long.toString(cents % 100);
        return (cents / 100) + (c.length() == 1 ? ".0" : ".") + c;
    }

    /** A zero-padded number. */
    static String pad(long value, int width) {
        return Siret.pad(value, width);
    }
}
