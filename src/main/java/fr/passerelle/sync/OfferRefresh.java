package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
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

    /**
     * One line of the outcome; {@code problem} lines go to stderr on the command line, to "refusé" in the window.
     * {@link #text()} is its French, {@link #text(MessageRenderer)} any language.
     */
    public record Line(boolean problem, Message said) {
        public String text() {
            return text(MessageRenderer.french());
        }

        public String text(MessageRenderer in) {
            return in.render(said);
        }
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
                lines.add(new Line(true, Message.of("sync.offers.unknownRegion", Param.code(region))));
                exit = Math.max(exit, 2);
                continue;
            }
            try {
                OfferSync.Outcome outcome = sync.run(OfferSync.fileWord(name), departements, romes, today, progress);
                lines.add(new Line(false, Message.of(outcome.offers() == 0 ? "sync.offers.fetched.none" : "sync.offers.fetched",
                        Param.label(name), Param.number(outcome.offers()), Param.date(today))));
                outcome.slices().forEach(t -> lines.add(new Line(false, Message.of("sync.offers.truncatedLine", Param.of(t)))));
                imported += outcome.report() == null ? 0 : 1;
            } catch (OfflineException e) {
                lines.add(new Line(true, Message.of("sync.offers.failed", Param.label(name), Param.of(e.said()))));
                return new Result(3, lines, imported);
            } catch (SyncException e) {
                lines.add(new Line(true, Message.of("sync.offers.failed", Param.label(name), Param.of(e.said()))));
                exit = 1;
            } catch (ImportException e) {
                lines.add(new Line(true, Message.of("sync.offers.refused", Param.label(name), Param.of(e.said()))));
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
