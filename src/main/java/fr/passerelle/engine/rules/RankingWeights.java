package fr.passerelle.engine.rules;

/**
 * How the three components combine into an occupation's score within its horizon: proximity (a move she can make),
 * demand (a market better than hers), effort (the cost of the bridge). The default weights and the reason for each
 * are {@link EngineRules#W_PROXIMITY}, {@link EngineRules#W_DEMAND} and {@link EngineRules#W_EFFORT}.
 */
public record RankingWeights(double proximity, double demand, double effort) {
    public static final RankingWeights DEFAULT = new RankingWeights(EngineRules.W_PROXIMITY.value(),
            EngineRules.W_DEMAND.value(), EngineRules.W_EFFORT.value());

    public RankingWeights {
        if (Math.abs(proximity + demand + effort - 1.0) > 1e-9 || proximity < 0 || demand < 0 || effort < 0) {
            throw new IllegalArgumentException("weights must be non-negative and sum to 1");
        }
    }

    public double combine(double p, double d, double e) {
        return proximity * p + demand * d + effort * e;
    }
}
