package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.DATASET;
import static fr.passerelle.store.db.Tables.TRAINING;
import static fr.passerelle.store.db.Tables.TRAINING_ACTION;
import static fr.passerelle.store.db.Tables.TRAINING_SESSION;

import fr.passerelle.export.TrainingContact;
import fr.passerelle.export.TrainingContacts;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;

/**
 * How to apply to a session, for the action plan: the organisation, the address of the place of training and the
 * catalogue's entry conditions. Looks one session up by its primary key; the path's session id is
 * {@code datasetKey#sessionId} (see {@link TrainingOfferReader}).
 */
public final class TrainingContactStore implements TrainingContacts {
    private final DSLContext dsl;

    public TrainingContactStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    @Override
    public Optional<TrainingContact> find(String pathSessionId) {
        int hash = pathSessionId.lastIndexOf('#');
        if (hash <= 0) {
            return Optional.empty();
        }
        Optional<TrainingContact> found = find(pathSessionId.substring(0, hash), pathSessionId.substring(hash + 1));
        int first = pathSessionId.indexOf('#');
        return found.isPresent() || first == hash ? found
                : find(pathSessionId.substring(0, first), pathSessionId.substring(first + 1));
    }

    private Optional<TrainingContact> find(String dataset, String session) {
        Record5<String, String, String, String, String> r = dsl.select(TRAINING.PROVIDER_NAME, TRAINING_ACTION.ADDRESS_LINE,
                        TRAINING_ACTION.POSTAL_CODE, TRAINING_ACTION.CITY, TRAINING_ACTION.ENTRY_CONDITIONS)
                .from(TRAINING_SESSION)
                .join(TRAINING_ACTION).on(TRAINING_ACTION.ACTION_ID.eq(TRAINING_SESSION.ACTION_ID)
                        .and(TRAINING_ACTION.DATASET_ID.eq(TRAINING_SESSION.DATASET_ID)))
                .join(TRAINING).on(TRAINING.TRAINING_ID.eq(TRAINING_ACTION.TRAINING_ID)
                        .and(TRAINING.DATASET_ID.eq(TRAINING_ACTION.DATASET_ID)))
                .where(TRAINING_SESSION.SESSION_ID.eq(session).and(TRAINING_SESSION.DATASET_ID.in(
                        DSL.select(DATASET.DATASET_ID).from(DATASET).where(DATASET.DATASET_KEY.eq(dataset)))))
                .fetchOne();
        return r == null ? Optional.empty()
                : Optional.of(new TrainingContact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
