package fr.passerelle.sync;

/**
 * One threshold on a key figure, with its reason (sync.md prints the table from {@link SanityRules#FIGURES}).
 *
 * @param figure      the {@link KeyFigures} name
 * @param label       how the refusal names it, in French
 * @param minRatio    new ÷ old below this is refused (ratio rules)
 * @param maxRatio    new ÷ old above this is refused (ratio rules)
 * @param maxPointsDown for a percentage: refused when it falls by more than this many points (then no ratio)
 * @param minBaseline the old value under which the figure is too small to judge (ratio rules)
 * @param why         the reason for the threshold, in French (documentation)
 */
public record FigureRule(String figure, String label, double minRatio, double maxRatio, double maxPointsDown,
                         double minBaseline, String why) {

    static FigureRule ratio(String figure, String label, double min, double max, double minBaseline, String why) {
        return new FigureRule(figure, label, min, max, Double.NaN, minBaseline, why);
    }

    static FigureRule pointsDown(String figure, String label, double points, String why) {
        return new FigureRule(figure, label, 0, Double.MAX_VALUE, points, 0, why);
    }

    boolean isPercentage() {
        return !Double.isNaN(maxPointsDown);
    }
}
