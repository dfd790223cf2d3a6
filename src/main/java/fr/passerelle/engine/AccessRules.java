package fr.passerelle.engine;

import static fr.passerelle.engine.rules.EngineRules.EXECUTIVE_LEVEL;

import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.result.Access;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one enters an occupation, from the ROME (its "emploi réglementé" flag and its text on access to the
 * occupation) and from our sourced table of regulated occupations ({@link RegulatedTable}), which the ROME flag
 * misses for some (agent de sécurité needs a card from the CNAPS). The entry level is the lowest level the ROME text
 * names, else the table's diploma level, else {@code EXECUTIVE_LEVEL} for an executive fiche.
 */
final class AccessRules {
    private final ReferentialIndex rome;
    private final RegulatedTable table;
    /** Access depends on the fiche only: read once per engine (the index is per data version), not on every path. */
    private final Map<String, Access> cache = new ConcurrentHashMap<>();

    AccessRules(ReferentialIndex rome, RegulatedTable table) {
        this.rome = rome;
        this.table = table;
    }

    /**
     * True when our table asks the same title for her current occupation and for the target (a nurse moving to school
     * nursing already holds the state diploma both require).
     */
    boolean sameTitle(String source, String target) {
        return table.row(source).flatMap(s -> table.row(target).map(t -> s.requirement().equals(t.requirement()))).orElse(false);
    }

    Access of(ReferentialIndex.Fiche fiche) {
        return cache.computeIfAbsent(fiche.code(), k -> read(fiche));
    }

    private Access read(ReferentialIndex.Fiche fiche) {
        List<String> text = rome.accessText(fiche.code());
        String joined = String.join(" ", text);
        int named = LevelWords.lowestLevel(joined);
        Optional<RegulatedTable.Row> row = table.row(fiche.code());
        Integer entry = named > 0 ? Integer.valueOf(named) : row.map(RegulatedTable.Row::level)
                .orElse(fiche.executive() ? EXECUTIVE_LEVEL.asInt() : null);
        boolean regulated = fiche.regulated() || row.isPresent();
        return new Access(regulated, row.map(RegulatedTable.Row::requirement).orElse(null),
                row.map(RegulatedTable.Row::length).orElse(null), row.map(RegulatedTable.Row::months).orElse(null),
                row.map(RegulatedTable.Row::reference).orElse(null), row.map(RegulatedTable.Row::source).orElse(null), text,
                entry, LevelWords.openAccess(joined));
    }
}
