package fr.passerelle.importer;

import fr.passerelle.domain.DatasetInfo;
import java.util.List;
import java.util.Set;

/**
 * Runs a whole import as one unit: either every dataset of the run is replaced, or (on any exception, or a kill)
 * the cache is left exactly as it was. Readers keep seeing the previous state until the new one is published.
 */
public interface ImportTarget {

    /**
     * Builds the new cache state with {@code work} and publishes it; returns the work's result, or null when the
     * work's {@link Work#changes} said there is nothing to do (nothing is published then).
     */
    <T> T atomically(Work<T> work) throws ImportException;

    /** The work done on the new state. */
    interface Work<T> {
        /**
         * Which datasets of the cache the run replaces or removes, decided from the datasets the cache holds when
         * the run starts (read while no other import can run). Knowing it up front lets the store drop them in one
         * pass, or start from an empty state when nothing is kept.
         */
        default Changes changes(List<DatasetInfo> cached) {
            return Changes.none();
        }

        T run(ImportSink sink) throws ImportException;
    }

    /**
     * @param replaced dataset keys the run writes (their previous version goes)
     * @param removed  dataset keys that go without a new version (the samples, when real data comes)
     * @param skip     true when the run has nothing to do (e.g. samples asked for a cache that holds data)
     */
    record Changes(Set<String> replaced, Set<String> removed, boolean skip) {
        public Changes {
            replaced = Set.copyOf(replaced);
            removed = Set.copyOf(removed);
        }

        public static Changes none() {
            return new Changes(Set.of(), Set.of(), false);
        }

        public static Changes skipped() {
            return new Changes(Set.of(), Set.of(), true);
        }
    }
}
