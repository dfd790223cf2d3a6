package fr.passerelle.engine;

/**
 * How the three components combine into an occupation's score, in one place.
 *
 * <ul>
 *   <li>proximity 0.45: a move the person can make comes first (official mobility links and shared skills);</li>
 *   <li>demand 0.35: then a market clearly better than hers (offers per job seeker, tension);</li>
 *   <li>effort 0.20: then the cost of the bridge (hours, what is left to pay, wait before the start, distance).</li>
 * </ul>
 * Effort weighs least because a counsellor can act on it (funding, another session); proximity and demand are
 * facts of the person and the territory.
 */
public record RankingWeights(double proximity, double demand, double effort) {
    public static final RankingWeights DEFAULT = new RankingWeights(0.45, 0.35, 0.20);

    public RankingWeights {
        if (Math.abs(proximity + demand + effort - 1.0) > 1e-9 || proximity < 0 || demand < 0 || effort < 0) {
            throw new IllegalArgumentException("weights must be non-negative and sum to 1");
        }
    }

    public double combine(double p, double d, double e) {
        return proximity * p + demand * d + effort * e;
    }
}
