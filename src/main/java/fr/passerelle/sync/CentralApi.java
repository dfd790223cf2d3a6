package fr.passerelle.sync;

import fr.passerelle.core.ProgressListener;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The port through which a sync pulls the reference cache from the central side, as data bundles (a manifest and
 * gzipped official files). {@link BundleClient} is its HTTP adapter; tests give their own. The France Travail partner
 * APIs (offers, companies, ROME) are the other adapter of the central side, {@link PartnerApi}.
 */
public interface CentralApi {

    /**
     * The manifest now served; empty when the server answers that it has not changed since {@code etag}
     * (HTTP 304), which lets thousands of laptops ask cheaply.
     *
     * @param etag the ETag of the last manifest fully synced, or null
     */
    Optional<Fetched> manifest(String etag) throws SyncException;

    /**
     * Brings {@code file}'s gzip into {@code part}, resuming from what {@code part} already holds (HTTP Range). Returns
     * when {@code part} holds {@link BundleManifest.BundleFile#gzipBytes()} bytes; the caller verifies them.
     */
    void download(BundleManifest.BundleFile file, Path part, ProgressListener progress) throws SyncException;

    /** A manifest with the ETag it was served with. */
    record Fetched(BundleManifest manifest, String etag) {
    }
}
