package fr.passerelle.engine.result;

import java.time.LocalDate;
import java.util.List;

/**
 * The live job offers of one target occupation near her, from the offers fetched for the configured régions.
 *
 * @param count     live offers within her radius (as the crow flies)
 * @param unplaced  live offers of the occupation whose place is not known (no coordinates, no known commune): not
 *                  counted in {@code count}, shown as "lieu non précisé"
 * @param fetchedOn the day the offers were fetched (the newest fetch when several régions were), or null when the
 *                  offers dataset holds none
 * @param latest    the most recent of the offers counted, newest first (at most {@link #SHOWN})
 */
public record LiveOffers(int count, int unplaced, LocalDate fetchedOn, List<Offer> latest) {
    public static final int SHOWN = 3;

    /** One offer as shown: employer, date and contract are null when the offer does not give them. */
    public record Offer(String title, String employer, String commune, LocalDate date, String contract) {
    }
}
