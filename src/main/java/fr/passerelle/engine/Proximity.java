package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.rules.EngineRules;

import static fr.passerelle.engine.rules.EngineRules.CLOSE_RANK;
import static fr.passerelle.engine.rules.EngineRules.CONNEXE_FACTOR;
import static fr.passerelle.engine.rules.EngineRules.CONNEXE_MIN_SCORE;
import static fr.passerelle.engine.rules.EngineRules.LINK_WEIGHT;
import static fr.passerelle.engine.rules.EngineRules.ROME3_EVOLUTION;
import static fr.passerelle.engine.rules.EngineRules.ROME3_PROCHE;
import static fr.passerelle.engine.rules.EngineRules.ROME3_SPREAD;
import static fr.passerelle.engine.rules.EngineRules.ROME4_MIN_STRENGTH;
import static fr.passerelle.engine.rules.EngineRules.ROME4_RANK_STEP;

import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which occupations are close to hers, and why: the official ROME 4 ranked links first; the ROME 3 typed links of
 * her fiche's parent only towards fiches ROME 4 does not link; La Bonne Boite's connexe occupations of her employment
 * area; and the skills both share ({@link SkillOverlap}).
 *
 * <p>Strength of a link (the strongest counts): ROME 4 rank r gives {@code max(ROME4_MIN_STRENGTH, 1 −
 * ROME4_RANK_STEP·(r − 1))}; ROME 3 "proche" {@code ROME3_PROCHE}, "évolution" {@code ROME3_EVOLUTION}; a connexe
 * score s gives {@code CONNEXE_FACTOR·s}. ROME 3 and connexe data are keyed by ROME 3 codes: the ROME 4 fiche that
 * kept the code gets the link, the other fiches derived from that code get {@code ROME3_SPREAD} of it and the reason
 * says so; a ROME 3 link narrowed to a job title goes to the fiche holding that title. Proximity = {@code
 * LINK_WEIGHT·link + (1 − LINK_WEIGHT)·share of the target's skill units she has}. Values in {@link EngineRules}.
 */
final class Proximity {

    /** A candidate target and what makes it close. {@code closeMove}: ROME 4 rank ≤ CLOSE_RANK. */
    record Candidate(String code, double link, SkillOverlap.Result skills, double proximity, boolean closeMove,
                     List<Reason> reasons) {
    }

    /** The best link found so far for one target. */
    private static final class Link {
        double strength;
        boolean close;
        boolean rome4;
        final List<Reason> reasons = new ArrayList<>();

        void note(double s, boolean isClose, Reason reason) {
            strength = Math.max(strength, s);
            close |= isClose;
            reasons.add(reason);
        }
    }

    private final ReferentialIndex rome;
    private final MarketIndex market;

    Proximity(ReferentialIndex rome, MarketIndex market) {
        this.rome = rome;
        this.market = market;
    }

    /** Every candidate of the source fiche, in the order links were found (stable). */
    List<Candidate> candidates(String source, TerritoryIndex.Place place, String romeVersion, EducationLevel level) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (ReferentialIndex.RankedLink l : rome.rankedLinks(source)) {
            Link link = links.computeIfAbsent(l.target(), k -> new Link());
            link.rome4 = true;
            link.note(rank(l.rank()), l.rank() <= CLOSE_RANK.asInt(), Reason.of("proximité",
                    Message.of("proximity.rome4", Param.code(source), Param.number(l.rank())),
                    "rang r → max(" + ROME4_MIN_STRENGTH.fr() + " ; 1 − " + ROME4_RANK_STEP.fr() + "·(r − 1)) ; rangs 1 à "
                            + CLOSE_RANK.asInt() + " : mobilité proche", "ROME " + romeVersion + ", rubrique mobilité"));
        }
        String sourceV3 = rome.v3Of(source);
        for (ReferentialIndex.TypedLink l : rome.typedLinks(sourceV3)) {
            if (l.sourceAppellation() == null) {
                rome3(links, sourceV3, l);
            }
            // A link from one of her fiche's job titles only concerns people with that title: not used.
        }
        for (MarketIndex.Connexe c : market.connexes(place.lbbArea(), sourceV3)) {
            if (c.score() >= CONNEXE_MIN_SCORE.value()) {
                connexe(links, c);
            }
        }
        links.remove(source);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Link> e : links.entrySet()) {
            String target = e.getKey();
            if (rome.fiche(target).isEmpty()) {
                continue;
            }
            Link link = e.getValue();
            SkillOverlap.Result skills = SkillOverlap.of(rome, source, target, level);
            List<Reason> why = new ArrayList<>(link.reasons);
            if (skills.targetUnits() > 0) {
                why.add(Reason.of("compétences", Message.of("proximity.skills", Param.number(skills.shared()),
                        Param.number(skills.targetUnits()), Param.code(target)), "même compétence ou même macro-compétence ROME, même savoir ; diplômes et "
                        + "certifications comptés à part", "ROME " + romeVersion + ", items de cohérence"));
            }
            double proximity = LINK_WEIGHT.value() * link.strength + (1 - LINK_WEIGHT.value()) * skills.share();
            out.add(new Candidate(target, link.strength, skills, proximity, link.close, List.copyOf(why)));
        }
        return out;
    }

    static double rank(int rank) {
        return Math.max(ROME4_MIN_STRENGTH.value(), 1 - ROME4_RANK_STEP.value() * (rank - 1));
    }

    /** A ROME 3 link reaches fiches ROME 4 does not link: the one holding its job title, else its code's heir, else weaker. */
    private void rome3(Map<String, Link> links, String sourceV3, ReferentialIndex.TypedLink l) {
        boolean proche = l.type() == MobilityType.PROCHE;
        double base = proche ? ROME3_PROCHE.value() : ROME3_EVOLUTION.value();
        String type = proche ? "proche" : "évolution";
        Param kind = Param.of(Message.of(proche ? "proximity.rome3.proche" : "proximity.rome3.evolution"));
        String rule = "ROME 3 « " + type + " » → " + (proche ? ROME3_PROCHE.fr() : ROME3_EVOLUTION.fr())
                + ", seulement vers une fiche sans lien ROME 4";
        Param named = Param.of(rome.v3Label(l.targetV3()) == null ? Message.of("proximity.rome3.code", Param.code(l.targetV3()))
                : Message.of("proximity.rome3.named", Param.code(l.targetV3()), Param.label(rome.v3Label(l.targetV3()))));
        if (l.targetAppellation() != null && rome.ficheOfAppellation(l.targetAppellation()).isPresent()) {
            String target = rome.ficheOfAppellation(l.targetAppellation()).get();
            String title = rome.appellationLabel(l.targetAppellation());
            addIfNoRome4(links, target, base, Reason.of("proximité", Message.of("proximity.rome3.title", kind,
                    Param.code(sourceV3), Param.label(title), Param.code(target)), rule, "ROME 3, mobilités typées"));
            return;
        }
        for (String target : rome.v4Of(l.targetV3())) {
            if (target.equals(l.targetV3())) {
                addIfNoRome4(links, target, base, Reason.of("proximité", Message.of("proximity.rome3", kind,
                        Param.code(sourceV3), named), rule, "ROME 3, mobilités typées"));
            } else {
                addIfNoRome4(links, target, base * ROME3_SPREAD.value(), Reason.of("proximité", Message.of("proximity.rome3.spread", kind,
                        Param.code(sourceV3), named),
                        rule + " ; fiche issue du code ROME 3 : × " + ROME3_SPREAD.fr(), "ROME 3, mobilités typées ; ROME 4, fiches parentes"));
            }
        }
    }

    /** A ROME 3 link gives strength, never closeness: the current referential decides which moves are close. */
    private static void addIfNoRome4(Map<String, Link> links, String target, double strength, Reason reason) {
        Link existing = links.get(target);
        if (existing == null || !existing.rome4) {
            links.computeIfAbsent(target, k -> new Link()).note(strength, false, reason);
        }
    }

    private void connexe(Map<String, Link> links, MarketIndex.Connexe c) {
        Param score = Param.decimal(BigDecimal.valueOf(c.score()).setScale(2, RoundingMode.HALF_UP));
        String rule = "score connexe s → " + CONNEXE_FACTOR.fr() + "·s (à partir de " + CONNEXE_MIN_SCORE.fr() + ")";
        for (String target : rome.v4Of(c.targetV3())) {
            boolean heir = target.equals(c.targetV3());
            links.computeIfAbsent(target, k -> new Link()).note(CONNEXE_FACTOR.value() * c.score() * (heir ? 1 : ROME3_SPREAD.value()),
                    false, Reason.of("proximité", heir ? Message.of("proximity.connexe", score)
                            : Message.of("proximity.connexe.spread", Param.code(c.targetV3()), score),
                            heir ? rule : rule + " ; fiche issue du code ROME 3 : × " + ROME3_SPREAD.fr(),
                            "La Bonne Boite, métiers connexes par bassin"));
        }
    }
}
