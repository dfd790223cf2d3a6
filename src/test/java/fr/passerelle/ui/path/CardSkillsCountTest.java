package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.result.Access;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.ScoreDetail;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The card's "N compétences déjà acquises" counts what she holds, as the skills reason does, not the few skills the
 * path names (at most six): on the national data an aide-soignante's card for K1306 said "6 compétences déjà acquises"
 * beside "20 compétences et savoirs en commun".
 */
class CardSkillsCountTest {
    private static TargetOccupation target(List<Reason> reasons, List<String> shared) {
        Demand demand = new Demand("bassin d'emploi", "LE HAVRE", 2021, 1005.9, 1189.2, 0.846, 0.208, 307.4, 5, 166, "76",
                LocalDate.of(2021, 12, 21), new java.math.BigDecimal("81.4"), 2020, true, "dans son bassin d'emploi (Le Havre)", 1.0);
        return new TargetOccupation("K1306", "Accompagnant Educatif et Social (AES)", 0.78,
                new ScoreDetail(0.9, 0.6, 0.8, RankingWeights.DEFAULT), reasons, shared, List.of("Participer à un projet"), demand,
                true, 0, List.of(), 0, List.of(), Horizon.NOW, new Reason("horizon", "Mobilité proche", "règle", "ROME 4.60"),
                Access.UNKNOWN, List.of(), null);
    }

    private static final List<String> SIX = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void theCountIsTheSkillsReasonsNotTheNamedFew() {
        Reason link = Reason.of("proximité", Message.of("proximity.rome4", Param.code("J1501"), Param.number(3)), "rang", "ROME 4.60");
        Reason skills = Reason.of("compétences", Message.of("proximity.skills", Param.number(20), Param.number(41), Param.code("K1306")),
                "même compétence", "ROME 4.60");
        assertEquals("Mobilité officielle ROME 4 depuis J1501, rang 3 · 20 compétences déjà acquises",
                CardFormatter.why(target(List.of(link, skills), SIX), Messages.french()));
    }

    @Test
    void withoutASkillsReasonTheNamedSkillsAreCounted() {
        Reason link = Reason.of("proximité", Message.of("proximity.rome4", Param.code("J1501"), Param.number(3)), "rang", "ROME 4.60");
        assertEquals("Mobilité officielle ROME 4 depuis J1501, rang 3 · 6 compétences déjà acquises",
                CardFormatter.why(target(List.of(link), SIX), Messages.french()));
    }
}
