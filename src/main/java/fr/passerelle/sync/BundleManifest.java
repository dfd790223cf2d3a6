package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a bundle server offers: one version of the whole reference cache as a list of official files, each gzipped,
 * named by the SHA-256 of its gzip (so a download URL never changes content and a resumed download cannot mix two
 * versions), with the line count the receiver checks after unpacking.
 *
 * @param version  the bundle's version (also its ETag): a date and the first hex digits of a hash of its files
 * @param createdAt when the server built it
 */
public record BundleManifest(String version, Instant createdAt, List<BundleFile> files) {
    public static final String FORMAT = "passerelle.bundle/1";

    public BundleManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAt, "createdAt");
        files = List.copyOf(files);
    }

    /**
     * One official file of the bundle.
     *
     * @param name       the official file name, kept on unpacking (the importer recognises formats by name)
     * @param kind       the dataset kind the server's importer recognised ("rome4.codes")
     * @param scope      "" for a national dataset, else what it covers
     * @param version    the dataset's version or extraction date, as the official name says ("4.60", "2021-12-21")
     * @param sha256     SHA-256 of the unpacked file (what the cache records in its provenance)
     * @param bytes      size of the unpacked file
     * @param lines      lines of the unpacked file (a row count checked on arrival and by the sanity thresholds)
     * @param gzipSha256 SHA-256 of the gzip as served
     * @param gzipBytes  size of the gzip as served
     * @param url        where to fetch the gzip, relative to the manifest
     */
    public record BundleFile(String name, String kind, String scope, String label, String version, String sha256, long bytes,
                             long lines, String gzipSha256, long gzipBytes, String url) {
        public BundleFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            scope = scope == null ? "" : scope;
            if (!Hashes.isSha256(sha256) || !Hashes.isSha256(gzipSha256)) {
                throw new InvalidFile(Message.of("sync.manifest.sha", Param.label(String.valueOf(name))));
            }
            if (bytes < 0 || lines < 0 || gzipBytes < 0) {
                throw new InvalidFile(Message.of("sync.manifest.negative", Param.label(name)));
            }
            if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                // The name becomes a file name in the staging folder: never a path a server could point elsewhere.
                throw new InvalidFile(Message.of("sync.manifest.name", Param.label(name)));
            }
        }

        /** The key under which the cache stores this dataset (same as DatasetInfo.key). */
        public String datasetKey() {
            return kind + "/" + scope;
        }
    }

    /** A file entry the manifest cannot hold; its French message as before, its words in any language. */
    public static final class InvalidFile extends IllegalArgumentException {
        private final transient Message said;

        InvalidFile(Message said) {
            super(MessageRenderer.french().render(said));
            this.said = said;
        }

        public Message said() {
            return said;
        }
    }
}
