package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;

import static fr.passerelle.engine.rules.EngineRules.CLOSE_RANK;
import static fr.passerelle.engine.rules.EngineRules.LONG_LEVEL_GAP;
import static fr.passerelle.engine.rules.EngineRules.LONG_LEVEL_GATE;
import static fr.passerelle.engine.rules.EngineRules.LONG_TRAINING_HOURS;
import static fr.passerelle.engine.rules.EngineRules.NOW_LEVEL_GATE;
import static fr.passerelle.engine.rules.EngineRules.NOW_MIN_SHARE;
import static fr.passerelle.engine.rules.EngineRules.NOW_MIN_SHARED;
import static fr.passerelle.engine.rules.EngineRules.SHORT_MAX_MONTHS;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * When she could start: {@code now}, {@code short} or {@code long}, with the reason. In this order:
 * <ol>
 *   <li>a regulated occupation is never {@code now}: {@code long} when the required title usually takes more than
 *   {@code SHORT_MAX_MONTHS} (our table), or the ROME text's first sentence asks for a state diploma or a public
 *   service competition, or the level is well above hers; when her current occupation requires the same title
 *   (our table: a nurse moving to school nursing), she holds it and the move is {@code short};
 *   else {@code short} (a licence, a card, a short certificate);</li>
 *   <li>{@code long} when the ROME's access text makes a competition the only way in ("sur concours");</li>
 *   <li>{@code long} when the usual entry level is well above hers: {@code LONG_LEVEL_GAP} levels, or one level from
 *   {@code LONG_LEVEL_GATE} up (unless the ROME says the job is open without a diploma), or when every training
 *   found lasts more than {@code LONG_TRAINING_HOURS};</li>
 *   <li>{@code now} for a close move (ROME 4 rank ≤ {@code CLOSE_RANK}: the current referential's closest moves; a
 *   ROME 3 "proche" link alone is not enough) with a real overlap
 *   (at least {@code NOW_MIN_SHARED} units and {@code NOW_MIN_SHARE} of the target's) and her level reached (or one
 *   level short below {@code NOW_LEVEL_GATE}, or open access);</li>
 *   <li>{@code short} otherwise: a training of a few months, or an adaptation to the job.</li>
 * </ol>
 */
final class HorizonRule {
    private static final String DATA = "ROME (texte d'accès au métier, emploi réglementé) ; table des métiers réglementés";

    /** The horizon and why. */
    record Decision(Horizon horizon, Reason reason) {
    }

    /** The rule of {@code now}, with its numbers, as shown beside every horizon reason (built once). */
    private static final String NOW_RULE = "tout de suite si : métier non réglementé, lien ROME 4 de rang ≤ " + CLOSE_RANK.asInt()
            + ", au moins " + NOW_MIN_SHARED.asInt() + " compétences et " + percent(NOW_MIN_SHARE.value())
            + " de la fiche en commun, niveau d'accès atteint (à un niveau près sous " + label(NOW_LEVEL_GATE.asInt())
            + ", ou accès sans diplôme)";

    private HorizonRule() {
    }

    static String nowRule() {
        return NOW_RULE;
    }

    static Decision decide(Proximity.Candidate c, Access access, EducationLevel level, Integer shortestHours) {
        return decide(c, access, level, shortestHours, false);
    }

    /** {@code titleHeld}: her current occupation requires the same title (our table), so she already holds it. */
    static Decision decide(Proximity.Candidate c, Access access, EducationLevel level, Integer shortestHours, boolean titleHeld) {
        int her = level.framework();
        Integer entry = access.entryLevel();
        int gap = entry == null ? 0 : entry - her;
        boolean levelLong = !access.openAccess() && entry != null
                && (gap >= LONG_LEVEL_GAP.asInt() || (gap >= 1 && entry >= LONG_LEVEL_GATE.asInt()));
        Message levelText = entry == null ? Message.NONE
                : Message.of("horizon.level", Param.level(entry), Param.level(level.framework()));
        if (access.regulated() && titleHeld) {
            return new Decision(Horizon.SHORT, Reason.of("horizon", Message.of("horizon.regulated.held", Param.label(access.requirement())),
                    "métier réglementé dont elle a déjà le titre : jamais tout de suite, quelques mois au plus",
                    "Table des métiers réglementés : " + access.reference()));
        }
        if (access.regulated()) {
            return regulated(access, levelLong, levelText);
        }
        if (LevelWords.competitionOnly(String.join(" ", access.romeText()))) {
            // Not regulated in the ROME, yet no experience replaces a competition held once a year (K1706, K1510).
            return new Decision(Horizon.LONG, reason(Message.of("horizon.long.competition",
                    Param.of(levelLong ? Message.of("horizon.level.clause", Param.of(levelText)) : Message.NONE)),
                    "long si la fiche ROME dit le métier accessible sur concours, sans autre voie (contrat, accès direct)"));
        }
        if (levelLong) {
            return new Decision(Horizon.LONG, reason(Message.of("horizon.long.level", Param.of(levelText)), "long si le niveau d'accès "
                    + "dépasse le sien de " + LONG_LEVEL_GAP.asInt() + " niveaux, ou d'un seul à partir de " + label(LONG_LEVEL_GATE.asInt())));
        }
        if (shortestHours != null && shortestHours > LONG_TRAINING_HOURS.value()) {
            return new Decision(Horizon.LONG, reason(Message.of("horizon.long.hours", Param.hours(shortestHours)),
                    "long si toutes les formations trouvées dépassent " + LONG_TRAINING_HOURS.fr() + " h"));
        }
        boolean levelOk = gap <= 0 || access.openAccess() || (gap == 1 && entry < NOW_LEVEL_GATE.asInt());
        if (c.closeMove() && c.skills().real() && levelOk) {
            Message note = gap > 0 && !access.openAccess() ? Message.of("horizon.now.note", Param.of(levelText)) : Message.NONE;
            return new Decision(Horizon.NOW, reason(Message.of("horizon.now", Param.number(c.skills().shared()),
                    Param.percent(100 * c.skills().share()), Param.of(note)), nowRule()));
        }
        List<Message> why = new ArrayList<>();
        if (!c.closeMove()) {
            why.add(Message.of("horizon.short.link", Param.number(CLOSE_RANK.asInt())));
        }
        if (!c.skills().real()) {
            why.add(Message.of("horizon.short.skills", Param.number(c.skills().shared()), Param.percent(100 * c.skills().share())));
        }
        if (!levelOk) {
            why.add(levelText);
        }
        return new Decision(Horizon.SHORT, reason(Message.of("horizon.short", Param.joined(why)), nowRule() + " ; sinon quelques mois"));
    }

    private static Decision regulated(Access access, boolean levelLong, Message levelText) {
        String rule = "métier réglementé : jamais tout de suite ; long si le titre exigé dure plus de " + SHORT_MAX_MONTHS.asInt()
                + " mois, est un diplôme d'État ou un concours, ou si le niveau d'accès est bien au-dessus du sien";
        Param level = Param.of(levelLong ? Message.of("horizon.level.clause", Param.of(levelText)) : Message.NONE);
        if (access.usualMonths() != null) {
            boolean isLong = access.usualMonths() > SHORT_MAX_MONTHS.asInt() || levelLong;
            return new Decision(isLong ? Horizon.LONG : Horizon.SHORT, Reason.of("horizon", Message.of("horizon.regulated.length",
                    prefix(isLong), Param.label(access.usualLength()), level), rule, "Table des métiers réglementés : " + access.reference()));
        }
        String title = LevelWords.longTitle(String.join(" ", access.romeText()));
        boolean isLong = levelLong || title != null;
        return new Decision(isLong ? Horizon.LONG : Horizon.SHORT, reason(title != null
                ? Message.of("horizon.regulated.title", prefix(isLong), Param.of(Message.of(title)), level)
                : Message.of("horizon.regulated.unknown", prefix(isLong), level), rule));
    }

    /** "Projet plus long" or "Dans quelques mois", the start of every horizon sentence. */
    private static Param prefix(boolean isLong) {
        return Param.of(Message.of(isLong ? "horizon.prefix.long" : "horizon.prefix.short"));
    }

    private static Reason reason(Message text, String rule) {
        return Reason.of("horizon", text, rule, DATA);
    }

    static String label(int framework) {
        return EducationLevel.ofFramework(framework).label();
    }

    static String percent(double share) {
        return Math.round(100 * share) + " %";
    }
}
