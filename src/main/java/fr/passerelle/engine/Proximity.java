package fr.passerelle.engine;

import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which occupations are close to hers, and why: the official ROME 4 ranked links, the ROME 3 typed links of her
 * fiche's parent, La Bonne Boite's connexe occupations of her employment area, and the skills both share.
 *
 * <p>Link strength: ROME 4 rank r gives {@code 1 − 0.05·(r − 1)} (rank 1 = 1.0, rank 10 = 0.55); ROME 3
 * "proche" 0.9, "évolution" 0.7; a connexe score s gives {@code 0.8·s}. The strongest link counts. Skills: the
 * share of the target's items she already has. Proximity = 0.6 · link + 0.4 · skills.
 */
final class Proximity {

    /** A candidate target and what makes it close. */
    record Candidate(String code, double link, double skills, double proximity, boolean closeMove, List<Reason> reasons,
                     List<String> shared, List<String> missing) {
    }

    private static final int SHOWN_SKILLS = 6;

    private final ReferentialIndex rome;
    private final MarketIndex market;

    Proximity(ReferentialIndex rome, MarketIndex market) {
        this.rome = rome;
        this.market = market;
    }

    /** Every candidate of the source fiche, strongest link first (stable order). */
    List<Candidate> candidates(String source, TerritoryIndex.Place place, String romeVersion) {
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        Map<String, Double> link = new LinkedHashMap<>();
        Map<String, Boolean> close = new LinkedHashMap<>();
        for (ReferentialIndex.RankedLink l : rome.rankedLinks(source)) {
            double strength = Math.max(0.3, 1 - 0.05 * (l.rank() - 1));
            note(link, reasons, l.target(), strength, new Reason("proximité",
                    "Mobilité officielle ROME 4 depuis " + source + ", rang " + l.rank(),
                    "rang r → 1 − 0,05·(r − 1)", "ROME " + romeVersion + ", rubrique mobilité"));
            if (l.rank() <= 3) {
                close.put(l.target(), true);
            }
        }
        String sourceV3 = rome.v3Of(source);
        for (ReferentialIndex.TypedLink l : rome.typedLinks(sourceV3)) {
            boolean proche = l.type() == MobilityType.PROCHE;
            for (String target : rome.v4Of(l.targetV3())) {
                note(link, reasons, target, proche ? 0.9 : 0.7, new Reason("proximité",
                        "Mobilité ROME 3 « " + (proche ? "proche" : "évolution") + " » de " + sourceV3 + " vers " + l.targetV3(),
                        proche ? "proche → 0,9" : "évolution → 0,7", "ROME 3, mobilités typées"));
                if (proche) {
                    close.put(target, true);
                }
            }
        }
        for (MarketIndex.Connexe c : market.connexes(place.lbbArea(), sourceV3)) {
            if (c.score() < 0.3) {
                continue;
            }
            for (String target : rome.v4Of(c.targetV3())) {
                note(link, reasons, target, 0.8 * c.score(), new Reason("proximité",
                        String.format(java.util.Locale.FRANCE, "Métier connexe dans son bassin (score %.2f)", c.score()),
                        "score connexe s → 0,8·s", "La Bonne Boite, métiers connexes par bassin"));
            }
        }
        link.remove(source);
        List<Candidate> out = new ArrayList<>();
        Set<String> own = rome.items(source);
        for (Map.Entry<String, Double> e : link.entrySet()) {
            String target = e.getKey();
            if (rome.fiche(target).isEmpty()) {
                continue;
            }
            Set<String> theirs = rome.items(target);
            TreeSet<String> shared = new TreeSet<>(theirs);
            shared.retainAll(own);
            double skills = theirs.isEmpty() ? 0 : (double) shared.size() / theirs.size();
            List<Reason> why = new ArrayList<>(reasons.get(target));
            if (!theirs.isEmpty()) {
                why.add(new Reason("compétences", shared.size() + " compétences et savoirs en commun sur " + theirs.size()
                        + " de la fiche " + target, "part des items de la fiche cible déjà présents dans sa fiche",
                        "ROME " + romeVersion + ", items de cohérence"));
            }
            List<String> missing = new ArrayList<>();
            for (String ogr : rome.coreItems(target).isEmpty() ? theirs : rome.coreItems(target)) {
                if (!own.contains(ogr) && missing.size() < SHOWN_SKILLS) {
                    missing.add(rome.item(ogr).label());
                }
            }
            double proximity = 0.6 * e.getValue() + 0.4 * skills;
            out.add(new Candidate(target, e.getValue(), skills, proximity, close.getOrDefault(target, false), why,
                    labels(shared), missing));
        }
        return out;
    }

    private List<String> labels(Set<String> ogrs) {
        List<String> labels = new ArrayList<>();
        for (String ogr : ogrs) {
            labels.add(rome.item(ogr).label());
        }
        labels.sort(String::compareTo);
        return labels.size() > SHOWN_SKILLS ? labels.subList(0, SHOWN_SKILLS) : labels;
    }

    private static void note(Map<String, Double> link, Map<String, List<Reason>> reasons, String target, double strength,
                             Reason reason) {
        link.merge(target, strength, Math::max);
        reasons.computeIfAbsent(target, k -> new ArrayList<>()).add(reason);
    }
}
