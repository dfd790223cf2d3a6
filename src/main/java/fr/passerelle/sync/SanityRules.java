package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Release guards on arrival, as La Bonne Boite refuses to publish scores whose statistics jump implausibly
 * (research-notes.md). Every threshold is here, with its reason (sync.md, "Sanity thresholds", lists them):
 * <ul>
 * <li>line counts: an empty file is refused; a dataset of {@code minLinesToCompare} lines or more whose new line count
 * is below {@code maxDropRatio} or above {@code maxGrowthRatio} times the last synced version's is refused (a region
 * list going from 18 to 13 lines is a real reform, so small datasets are only checked for emptiness);</li>
 * <li>key figures ({@link KeyFigures}, measured on the file by its own importer), against the figures of the version
 * the cache holds: {@link #FIGURES}, the ROME codes a new referential removes ({@link #MAX_CODES_REMOVED}) and the
 * employment areas whose offers move by more than half ({@link #MAX_AREAS_MOVED}).</li>
 * </ul>
 * A refused dataset is kept out of the cache; the rest of the bundle goes on. {@code sync --accepter-ecarts} accepts
 * everything but empty files, after a person checked the new version.
 */
public record SanityRules(double maxDropRatio, double maxGrowthRatio, long minLinesToCompare, boolean figuresChecked) {

    /** The key-figure thresholds. Ratios are new ÷ old; percentages compare in points. */
    public static final List<FigureRule> FIGURES = List.of(
            FigureRule.ratio(KeyFigures.AREAS, "zones d'emploi couvertes", 0.8, 1.25, 10,
                    "le découpage en bassins ne change qu'avec une réforme ; un cinquième de zones en moins est un export"
                            + " tronqué"),
            FigureRule.ratio(KeyFigures.OFFERS_PER_AREA, "offres moyennes par zone", 0.5, 2.0, 1,
                    "le marché bouge de quelques dizaines de pour cent par an ; doubler ou diviser par deux, c'est une"
                            + " colonne décalée ou un changement d'unité"),
            FigureRule.ratio(KeyFigures.SIRETS, "SIRET distincts", 0.5, 2.0, 20,
                    "la moitié des établissements qui disparaissent, c'est une extraction partielle"),
            FigureRule.pointsDown(KeyFigures.SIRETS_PLACED, "part des établissements géolocalisés", 20,
                    "un établissement sans coordonnées sort des recherches à distance : une géolocalisation ratée en amont"),
            FigureRule.ratio(KeyFigures.ACTIONS, "actions de formation", 0.5, 2.0, 20,
                    "l'offre de formation d'un territoire ne se divise pas par deux d'une extraction à l'autre"),
            FigureRule.pointsDown(KeyFigures.ACTIONS_PLACED, "part des actions de formation localisées", 20,
                    "une action sans lieu sort des recherches à distance"),
            FigureRule.ratio(KeyFigures.PRICE_MEDIAN, "prix médian d'une formation (€)", 0.5, 2.0, 1,
                    "un prix médian ×100 ou ÷100 est une confusion entre euros et centimes"),
            FigureRule.ratio(KeyFigures.OFFERS, "offres d'emploi", 0.1, Double.MAX_VALUE, 50,
                    "une réponse partielle de l'API (quota, panne) viderait les offres du parcours ; plus d'offres"
                            + " n'est jamais un risque"));

    /** At most this share of the old referential's ROME codes may disappear: saved paths name them. */
    public static final double MAX_CODES_REMOVED = 0.05;
    /** At most this share of employment areas may see their offers halve or double at once. */
    public static final double MAX_AREAS_MOVED = 0.30;

    public static SanityRules standard() {
        return new SanityRules(0.5, 2.0, 50, true);
    }

    /** Accepts everything but empty files (sync --accepter-ecarts, after a counsellor checked the new version). */
    public static SanityRules acceptJumps() {
        return new SanityRules(0, Double.MAX_VALUE, Long.MAX_VALUE, false);
    }

    /** Why the new version is refused, in French, or empty when it passes. */
    public Optional<String> check(BundleManifest.BundleFile file, Long previousLines) {
        return refusal(file, previousLines).map(MessageRenderer.french()::render);
    }

    /** Why the new version is refused, as a message, or empty when it passes. */
    public Optional<Message> refusal(BundleManifest.BundleFile file, Long previousLines) {
        if (file.lines() == 0 || file.bytes() == 0) {
            return Optional.of(Message.of("sync.sanity.empty"));
        }
        if (previousLines == null || previousLines < minLinesToCompare) {
            return Optional.empty();
        }
        double ratio = (double) file.lines() / previousLines;
        if (ratio < maxDropRatio || ratio > maxGrowthRatio) {
            return Optional.of(Message.of("sync.sanity.lines", Param.number(file.lines()), Param.number(previousLines),
                    SyncWords.ratio(ratio), SyncWords.ratio(maxDropRatio), SyncWords.ratio(maxGrowthRatio)));
        }
        return Optional.empty();
    }

    /**
     * The key figures that jump between the version the cache holds ({@code old}) and the new file ({@code now}), one
     * French sentence each naming the figure, the old and the new value; empty when it passes or nothing to compare.
     */
    public List<String> checkFigures(KeyFigures old, KeyFigures now) {
        return figureRefusals(old, now).stream().map(MessageRenderer.french()::render).toList();
    }

    /** {@link #checkFigures} as messages, to be said in the reader's language. */
    public List<Message> figureRefusals(KeyFigures old, KeyFigures now) {
        List<Message> why = new ArrayList<>();
        if (!figuresChecked || old == null || old.isEmpty()) {
            return why;
        }
        for (FigureRule rule : FIGURES) {
            Double was = old.values().get(rule.figure());
            Double is = now.values().get(rule.figure());
            if (was == null) {
                continue;
            }
            double value = is == null ? 0 : is;
            Param figure = Param.of(Message.of("sync.figure." + rule.figure()));
            if (rule.isPercentage()) {
                if (was - value > rule.maxPointsDown()) {
                    why.add(Message.of("sync.sanity.points", figure, SyncWords.figure(value), SyncWords.figure(was),
                            SyncWords.figure(rule.maxPointsDown())));
                }
            } else if (was >= rule.minBaseline()) {
                double ratio = value / was;
                if (ratio < rule.minRatio() || ratio > rule.maxRatio()) {
                    why.add(Message.of("sync.sanity.ratio", figure, SyncWords.figure(value), SyncWords.figure(was),
                            SyncWords.ratio(ratio), Param.of(bounds(rule))));
                }
            }
        }
        if (old.codes().size() >= 20) {
            long removed = old.codes().stream().filter(c -> !now.codes().contains(c)).count();
            if (removed > MAX_CODES_REMOVED * old.codes().size()) {
                why.add(Message.of("sync.sanity.codesRemoved", Param.number(removed), Param.number(old.codes().size()),
                        SyncWords.figure(100.0 * removed / old.codes().size()), SyncWords.figure(100 * MAX_CODES_REMOVED)));
            }
        }
        if (old.areaOffers().size() >= 10 && !now.areaOffers().isEmpty()) {
            long moved = old.areaOffers().entrySet().stream().filter(e -> moved(e.getValue(), now.areaOffers().get(e.getKey())))
                    .count();
            if (moved > MAX_AREAS_MOVED * old.areaOffers().size()) {
                why.add(Message.of("sync.sanity.areasMoved", Param.number(moved), Param.number(old.areaOffers().size()),
                        SyncWords.figure(100.0 * moved / old.areaOffers().size()), SyncWords.figure(100 * MAX_AREAS_MOVED)));
            }
        }
        return why;
    }

    private static boolean moved(double was, Double now) {
        if (now == null) {
            return false; // an area that disappears is counted by "zones d'emploi couvertes"
        }
        return was >= 10 && (now < was / 2 || now > was * 2);
    }

    private static Message bounds(FigureRule rule) {
        return rule.maxRatio() == Double.MAX_VALUE ? Message.of("sync.sanity.from", SyncWords.ratio(rule.minRatio()))
                : Message.of("sync.sanity.between", SyncWords.ratio(rule.minRatio()), SyncWords.ratio(rule.maxRatio()));
    }
}
