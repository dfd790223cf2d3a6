package fr.passerelle.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sync run did, for the CLI, the window and the state file.
 *
 * @param outcome   up to date, updated, offline (normal: retried later) or refused (nothing imported)
 * @param changed   datasets replaced, in words ("ROME 4 – codes : 4.59 → 4.60, 1 584 lignes")
 * @param refused   datasets kept out with the reason
 * @param downloaded bytes transferred by this run; {@code resumed} bytes that an earlier, interrupted run had kept
 * @param offers    what the live-offer step said after the bundle (the window's sync), in lines; empty without it
 * @param offersImported true when that step imported offers (the path must be computed again)
 */
public record SyncReport(Outcome outcome, String version, Instant at, List<String> changed, List<String> refused,
                         long downloaded, long resumed, String message, List<String> offers, boolean offersImported) {
    public enum Outcome { UP_TO_DATE, UPDATED, OFFLINE, REFUSED }

    public SyncReport {
        changed = List.copyOf(changed);
        refused = List.copyOf(refused);
        offers = List.copyOf(offers);
    }

    /** A bundle run's report, before any live-offer step. */
    public SyncReport(Outcome outcome, String version, Instant at, List<String> changed, List<String> refused,
                      long downloaded, long resumed, String message) {
        this(outcome, version, at, changed, refused, downloaded, resumed, message, List.of(), false);
    }

    /** The same report followed by the live-offer step's lines. */
    public SyncReport withOffers(List<String> offerLines, boolean imported) {
        return new SyncReport(outcome, version, at, changed, refused, downloaded, resumed, message, offerLines, imported);
    }

    /** True when the cache changed (bundle datasets or live offers): the window shows the datasets and the path again. */
    public boolean cacheChanged() {
        return outcome == Outcome.UPDATED || offersImported;
    }

    /** The report in lines of French, as `sync` prints it and the window shows it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        switch (outcome) {
            case UP_TO_DATE -> lines.add("Données à jour" + (version == null ? "" : " (version " + version + ")") + ".");
            case UPDATED -> lines.add("Version " + version + " installée : " + changed.size() + " jeu(x) de données mis à jour.");
            case OFFLINE -> lines.add("Hors ligne : " + message + ". Les données actuelles restent utilisées ; nouvel essai plus tard.");
            case REFUSED -> lines.add("Synchronisation refusée : " + message + ". Le cache n'a pas changé.");
        }
        changed.forEach(c -> lines.add("  mis à jour : " + c));
        refused.forEach(r -> lines.add("  refusé : " + r));
        if (downloaded > 0 || resumed > 0) {
            lines.add("  téléchargé : " + FrenchCounts.of(downloaded) + " octets"
                    + (resumed > 0 ? " (dont reprise d'un essai interrompu : " + FrenchCounts.of(resumed) + " octets déjà là)" : ""));
        }
        lines.addAll(offers);
        return lines;
    }
}
