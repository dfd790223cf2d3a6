package fr.passerelle.store;

import fr.passerelle.engine.data.HiringCompany;
import java.util.function.Consumer;

/**
 * Streams (company, ROME code, hiring score) rows as the engine's {@link HiringCompany}. The hiring-score tables
 * arrive with the companies importers (migration V3).
 */
final class HiringCompanyReader {
    private final ReferenceDatabase database;

    HiringCompanyReader(ReferenceDatabase database) {
        this.database = database;
    }

    void read(Consumer<HiringCompany> sink) {
        // No hiring-score tables yet in this schema version: nothing to stream.
    }
}
