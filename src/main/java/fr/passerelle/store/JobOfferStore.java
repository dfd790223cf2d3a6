package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.JOB_OFFER;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.importer.offers.JobOffersFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Reads the live job offers of the cache (table {@code job_offer}): the offers of the configured régions, a few
 * thousand rows, read whole when the indexes of a cache state are built.
 */
public final class JobOfferStore {
    private final DSLContext dsl;

    public JobOfferStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    /** Every stored offer, or empty when the cache holds no offers dataset at all (nothing was ever fetched). */
    public Optional<List<LiveOffer>> all() {
        boolean any = dsl.fetchExists(DATASET, DATASET.KIND.eq(JobOffersFormat.KIND));
        if (!any) {
            return Optional.empty();
        }
        // In dataset key order as before V12 (the rows carry the dataset's id, whose order is the import's).
        return Optional.of(dsl.select(JOB_OFFER.fields()).from(JOB_OFFER)
                .join(DATASET).on(DATASET.DATASET_ID.eq(JOB_OFFER.DATASET_ID))
                .orderBy(DATASET.DATASET_KEY, JOB_OFFER.ID).fetchInto(JOB_OFFER).map(r -> new LiveOffer(
                r.getId(), r.getTitle(), new RomeCode(r.getRomeCode()), r.getEmployer(), r.getCommuneInsee(), r.getCommune(),
                r.getLatitude(), r.getLongitude(), r.getCreatedOn(), r.getContract(), r.getFetchedOn())));
    }
}
