package fr.passerelle.importer;

/**
 * Runs a whole import as one transaction: either every dataset of the run is replaced, or (on any exception)
 * the cache is left exactly as it was. Readers on other connections keep seeing the old datasets until commit.
 */
public interface ImportTarget {

    <T> T atomically(Work<T> work) throws ImportException;

    /** The work done inside the transaction. */
    interface Work<T> {
        T run(ImportSink sink) throws ImportException;
    }
}
