package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.FUNDING_RULES;

import fr.passerelle.funding.rules.RulesDocument;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads the imported funding rules document, if any (the kind {@code funding.rules} has a single dataset). */
public final class FundingRulesStore {
    private final DSLContext dsl;

    public FundingRulesStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    /** The imported document with its import time, or empty when the cache holds none. */
    public Optional<Imported> imported() {
        return dsl.select(FUNDING_RULES.VERSION, FUNDING_RULES.DOCUMENT, DATASET.IMPORTED_AT)
                .from(FUNDING_RULES).join(DATASET).on(DATASET.DATASET_ID.eq(FUNDING_RULES.DATASET_ID))
                .orderBy(DATASET.IMPORTED_AT.desc()).limit(1)
                .fetchOptional(r -> new Imported(new RulesDocument(r.value1(), r.value2()), r.value3().toInstant()));
    }

    /** A stored rules document and when it was imported. */
    public record Imported(RulesDocument document, Instant importedAt) {
    }
}
