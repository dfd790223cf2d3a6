package fr.passerelle.importer;

import fr.passerelle.domain.DatasetInfo;
import java.util.Set;

/**
 * Where importers write: the new cache state an {@link ImportTarget#atomically} run builds, which nobody sees before
 * it is published whole. Implemented by the store; importers never see SQL.
 */
public interface ImportSink {

    /** Drops the dataset with the same kind and scope (if any) and opens the new one; rows follow. */
    void openDataset(DatasetInfo provisional);

    /** Adds one row to the open dataset. The record's type says which table it goes to. */
    void add(Object record);

    /** Closes the open dataset with its final counts and digest. */
    void closeDataset(DatasetInfo complete);

    /** The codes of the new state so far: written earlier in this run, or kept from the cache. */
    Set<String> keys(KeySet set);
}
