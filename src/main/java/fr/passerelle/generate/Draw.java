package fr.passerelle.generate;

import java.util.SplittableRandom;

/**
 * Random helpers over a {@link SplittableRandom}. Transcendental functions go through {@link StrictMath}, whose results
 * are specified bit for bit, so that a seed gives byte-identical files on every JVM and processor.
 */
final class Draw {
    private Draw() {
    }

    /** A stream of its own for one part of the output, so that changing one count never changes the other files. */
    static SplittableRandom stream(long seed, String part) {
        long h = seed;
        for (int i = 0; i < part.length(); i++) {
            h = h * 1_000_003L + part.charAt(i);
        }
        return new SplittableRandom(mix(h));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An integer in [min, max]. */
    static int between(SplittableRandom r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    static double between(SplittableRandom r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    static boolean chance(SplittableRandom r, double probability) {
        return r.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** A standard normal deviate (Box–Muller). */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();   // in (0, 1]
        double v = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal factor of median 1. */
    static double logNormal(SplittableRandom r, double sigma) {
        return StrictMath.exp(sigma * gaussian(r));
    }

    /** A point drawn uniformly in a disc of {@code radiusKm} around (lat, lon): {latitude, longitude}. */
    static double[] around(SplittableRandom r, double latitude, double longitude, double radiusKm) {
        double distance = radiusKm * StrictMath.sqrt(r.nextDouble());
        double angle = 2.0 * StrictMath.PI * r.nextDouble();
        double dLat = distance * StrictMath.cos(angle) / 111.32;
        double dLon = distance * StrictMath.sin(angle) / (111.32 * StrictMath.cos(StrictMath.toRadians(latitude)));
        return new double[] {latitude + dLat, longitude + dLon};
    }
}
