package fr.passerelle.app;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.rules.BundledRules;
import fr.passerelle.funding.rules.RuleSet;
import fr.passerelle.funding.rules.RuleSetException;
import fr.passerelle.funding.rules.RuleSetReader;
import fr.passerelle.store.FundingRulesStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The funding rules in force: the rules dataset imported into the cache, unless the rules bundled in the jar were
 * published later (a newer Passerelle brings newer rules than an old import); without an import, the bundled ones.
 *
 * @param origin     "imported" or "bundled"
 * @param importedAt when the imported rules were imported (null for the bundled ones)
 * @param note       why the other set was not used, in French, or null
 */
public record FundingRules(RuleSet rules, String origin, Instant importedAt, String note) {

    static FundingRules choose(FundingRulesStore store) {
        RuleSet bundled = BundledRules.get();
        Optional<FundingRulesStore.Imported> imported = store.imported();
        if (imported.isEmpty()) {
            return new FundingRules(bundled, "bundled", null, null);
        }
        RuleSet rules;
        try {
            rules = RuleSetReader.read(imported.get().document().document());
        } catch (RuleSetException e) {
            // Validated at import with the same reader: only a rules format changed by a newer Passerelle gets here.
            return new FundingRules(bundled, "bundled", null, "règles importées illisibles par cette version ("
                    + e.getMessage() + ") : règles livrées avec le logiciel utilisées");
        }
        if (published(bundled).isAfter(published(rules))) {
            return new FundingRules(bundled, "bundled", null, "règles importées (version " + rules.version()
                    + ") plus anciennes que celles livrées avec le logiciel (version " + bundled.version() + ")");
        }
        return new FundingRules(rules, "imported", imported.get().importedAt(), null);
    }

    private static LocalDate published(RuleSet rules) {
        return rules.published() == null ? LocalDate.MIN : rules.published();
    }

    /** "version 2026-11-30, livrées avec le logiciel" or "version …, importées le …". */
    public String describe() {
        return describe(MessageRenderer.french());
    }

    /** The same in the renderer's language (trainings*.properties, funding.rules.*); the note stays French. */
    public String describe(MessageRenderer in) {
        Message where = origin.equals("imported")
                ? Message.of("funding.rules.imported", Param.code(importedAt.toString().substring(0, 10)))
                : Message.of("funding.rules.bundled");
        return in.render(Message.of("funding.rules.describe", Param.label(rules.version()), Param.of(where),
                Param.of(note == null ? Message.NONE : Message.of("funding.rules.note", Param.label(note)))));
    }
}
