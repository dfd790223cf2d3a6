package fr.passerelle.domain.company;

/**
 * Our rule for an {@link ScoreSource#ESTIMATED ESTIMATED} hiring score, for establishments that have no published
 * one. It follows La Bonne Boite's split of hirings per occupation (the ROME ↔ NAF table of observed hirings) but,
 * lacking each establishment's own hiring history, uses its size instead of a predicted number of hirings:
 * <pre>
 *   share  = hirings(rome, naf) / Σ_r hirings(r, naf)        (how much of its sector's hiring is for this ROME)
 *   size   = 0.6 below 10 employees, 0.8 from 10 to 49, 1.0 from 50, 0.7 when unknown
 *   score  = round(100 × size × min(1, 2 × share))           (0–100; a ROME with half its sector's hirings saturates)
 * </pre>
 * A supermarket (4711D) of 50 to 99 employees gets 86 for shelf stacking (D1507, 43 % of the sector's hirings in
 * the sample table) and 61 for cashiers (D1505, 30 %). Every term can be shown to the counsellor.
 */
public final class HiringScoreEstimator {
    private HiringScoreEstimator() {
    }

    /**
     * @param romeHirings   hirings observed for the ROME code in the establishment's NAF sector
     * @param sectorHirings hirings observed for every ROME code in that sector
     * @param headcountMin  lower bound of the establishment's headcount, null when unknown
     */
    public static int estimate(long romeHirings, long sectorHirings, Integer headcountMin) {
        if (romeHirings < 0 || sectorHirings < romeHirings) {
            throw new IllegalArgumentException("embauches incohérentes : " + romeHirings + " sur " + sectorHirings);
        }
        if (sectorHirings == 0) {
            return 0;
        }
        double share = (double) romeHirings / sectorHirings;
        return (int) Math.round(100 * sizeFactor(headcountMin) * Math.min(1.0, 2 * share));
    }

    /** 0.6 below 10 employees, 0.8 from 10 to 49, 1.0 from 50, 0.7 when the size is unknown. */
    public static double sizeFactor(Integer headcountMin) {
        if (headcountMin == null) {
            return 0.7;
        }
        return headcountMin >= 50 ? 1.0 : headcountMin >= 10 ? 0.8 : 0.6;
    }
}
