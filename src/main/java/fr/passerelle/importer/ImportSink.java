package fr.passerelle.importer;

import fr.passerelle.domain.DatasetInfo;
import java.util.Set;

/**
 * Where importers write, inside one transaction opened by {@link ImportTarget#atomically}. Implemented by the store;
 * importers never see SQL.
 */
public interface ImportSink {

    /** Drops the dataset with the same kind and scope (if any) and opens the new one; rows follow. */
    void openDataset(DatasetInfo provisional);

    /** Adds one row to the open dataset. The record's type says which table it goes to. */
    void add(Object record);

    /** Closes the open dataset with its final counts and digest. */
    void closeDataset(DatasetInfo complete);

    /** The codes currently known in the transaction (imported earlier in this run, or already in the cache). */
    Set<String> keys(KeySet set);
}
