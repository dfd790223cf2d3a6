package fr.passerelle.sync;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The live offers of every configured région (offers.regions), for every ROME 4 occupation of the cache in the
 * région's départements, each région through {@link OfferSync}: one loop for {@code sync --offres} and the window's
 * sync (and its scheduled retry), so that both bring the same offers and say it in the same words.
 */
public final class OfferRefresh {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRANCE);

    private OfferRefresh() {
    }

    /** One line of the outcome; {@code problem} lines go to stderr on the command line, to "refusé" in the window. */
    public record Line(boolean problem, String text) {
    }

    /**
     * @param exit     0 every région came, 2 a région unknown to the cache, 3 offline (the loop stops), 1 an answer or a
     *                 file refused
     * @param imported how many régions' offers were imported (the path must then be computed again)
     */
    public record Result(int exit, List<Line> lines, int imported) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    public static Result run(OfferSync sync, List<String> regions, PathIndex index, LocalDate today, ProgressListener progress)
            throws IOException {
        List<RomeCode> romes = index.referential().codes().stream().sorted().map(RomeCode::new).toList();
        List<Line> lines = new ArrayList<>();
        int exit = 0;
        int imported = 0;
        for (String region : regions) {
            String name = index.territory().regionName(region);
            List<String> departements = index.territory().departements().keySet().stream()
                    .filter(d -> region.equals(index.territory().regionOfDepartement(d))).toList();
            if (departements.isEmpty()) {
                lines.add(new Line(true, "région " + region + " inconnue du cache : offres non relevées"));
                exit = Math.max(exit, 2);
                continue;
            }
            try {
                OfferSync.Outcome outcome = sync.run(OfferSync.fileWord(name), departements, romes, today, progress);
                lines.add(new Line(false, String.format("Offres d'emploi %s : %s offres relevées le %s%s", name,
                        FrenchCounts.of(outcome.offers()), day(today),
                        outcome.offers() == 0 ? " (aucune : les offres du cache restent)" : ", importées")));
                outcome.truncated().forEach(t -> lines.add(new Line(false, "  tronqué : " + t)));
                imported += outcome.report() == null ? 0 : 1;
            } catch (OfflineException e) {
                lines.add(new Line(true, "offres " + name + " : " + e.getMessage()));
                return new Result(3, lines, imported);
            } catch (SyncException e) {
                lines.add(new Line(true, "offres " + name + " : " + e.getMessage()));
                exit = 1;
            } catch (ImportException e) {
                lines.add(new Line(true, "offres " + name + " refusées : " + e.getMessage()));
                exit = 1;
            }
        }
        return new Result(exit, lines, imported);
    }

    /** 2026-12-01 → "1er décembre 2026". */
    public static String day(LocalDate date) {
        String text = DAY.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
