package fr.passerelle.engine;

import fr.passerelle.engine.rules.EngineRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's developer page takes its numbers from {@link EngineRules}: the table between the markers of
 * {@code src/site/markdown/engine.md} must be {@link EngineRules#markdownTable()}. Run this test with
 * {@code -Dpasserelle.updateDocs=true} to rewrite the table after changing a rule.
 */
class EngineRulesDocTest {
    static final String START = "<!-- rules:start (generated from EngineRules by EngineRulesDocTest) -->\n";
    static final String END = "<!-- rules:end -->";

    @Test
    void theDeveloperPageShowsEveryRuleWithItsCurrentValue() throws Exception {
        Path page = SharedData.samples().getParent().resolve("src/site/markdown/engine.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "markers missing in " + page);
        String expected = EngineRules.markdownTable();
        String current = text.substring(start + START.length(), end);
        if (!current.equals(expected) && Boolean.getBoolean("passerelle.updateDocs")) {
            Files.writeString(page, text.substring(0, start + START.length()) + expected + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, current, "engine.md is out of date: run EngineRulesDocTest with -Dpasserelle.updateDocs=true");
    }

    @Test
    void everyRuleHasAUniqueNameAMeaningAndAReason() {
        Set<String> names = new HashSet<>();
        for (EngineRules.Rule rule : EngineRules.all()) {
            assertTrue(names.add(rule.name()), "twice: " + rule.name());
            assertFalse(rule.meaning().isBlank() || rule.why().isBlank(), rule.name());
        }
        assertEquals(EngineRules.W_PROXIMITY.value() + EngineRules.W_DEMAND.value() + EngineRules.W_EFFORT.value(), 1.0, 1e-9);
        assertEquals(1.0, EngineRules.EFFORT_W_HOURS.value() + EngineRules.EFFORT_W_MONEY.value() + EngineRules.EFFORT_W_WAIT.value()
                + EngineRules.EFFORT_W_DISTANCE.value(), 1e-9);
    }

    /** The reasons beside the values relate rules to each other: they must stay true when a value changes. */
    @Test
    void theReasonsGivenForTheValuesStayTrue() {
        assertTrue(Proximity.rank(10) >= EngineRules.ROME3_EVOLUTION.value(), "ROME4_RANK_STEP: rank 10 vs évolution");
        assertEquals(Proximity.rank(6), EngineRules.ROME3_PROCHE.value(), 1e-9, "ROME3_PROCHE: as strong as rank 6");
        assertTrue(EngineRules.ROME3_PROCHE.value() < Proximity.rank(EngineRules.CLOSE_RANK.asInt()), "ROME3_PROCHE below close ranks");
        assertTrue(EngineRules.CONNEXE_FACTOR.value() < Proximity.rank(4), "CONNEXE_FACTOR below the first four ranks");
        RegulatedTable table = RegulatedTable.bundled();
        int shortMax = EngineRules.SHORT_MAX_MONTHS.asInt();
        assertTrue(table.row("J1305").orElseThrow().months() <= shortMax && table.row("N4101").orElseThrow().months() <= shortMax
                && table.row("J1501").orElseThrow().months() > shortMax, "SHORT_MAX_MONTHS: ambulance and FIMO short, DEAS not");
        assertEquals(46 * 35, EngineRules.LONG_TRAINING_HOURS.value(), 10, "LONG_TRAINING_HOURS: 46 weeks of 35 h");
    }

    @Test
    void rulesAreWrittenTheFrenchWayInReasons() {
        assertEquals("0,05", EngineRules.ROME4_RANK_STEP.fr());
        assertEquals("1 600", EngineRules.LONG_TRAINING_HOURS.fr());
        assertEquals("3", EngineRules.CLOSE_RANK.fr());
    }
}
